package io.fazhi.report.api;

import io.fazhi.platform.problem.ProblemException;
import io.fazhi.platform.problem.ProblemType;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The HTTP layer lets scans through (up to 40 MB, spooled to disk as multipart); a text or JSON body
 * over the limit for documents with text is refused by its declared length before it is read into
 * memory. Multipart files are checked by size once spooled, when their format is known.
 */
public class DeclaredSizeLimit {

    @ConfigProperty(name = "fazhi.reports.max-bytes", defaultValue = "5242880")
    long maxBytes;

    @ServerRequestFilter(preMatching = true)
    public void refuseLargeBodies(ContainerRequestContext request) {
        MediaType type = request.getMediaType();
        if (type == null || "multipart".equalsIgnoreCase(type.getType())) {
            return;
        }
        String length = request.getHeaderString("Content-Length");
        if (length != null && length.strip().matches("[0-9]{1,18}") && Long.parseLong(length.strip()) > maxBytes) {
            throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "the submission has " + length.strip()
                    + " bytes; at most " + maxBytes + " are accepted (scans of up to the larger limit go as a multipart file)");
        }
    }
}
