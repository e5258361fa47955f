package io.fazhi.report.api;

import io.fazhi.core.problem.ProblemType;
import io.fazhi.platform.problem.ProblemException;
import io.fazhi.report.ingest.ReportsConfig;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The HTTP layer lets scans through (up to 40 MB, spooled to disk as multipart); a text or JSON body
 * over the limit for documents with text is refused by its declared length before it is read into
 * memory. Multipart files are checked by size once spooled, when their format is known.
 */
public class DeclaredSizeLimit {

    // Looked up per request: REST filters are built while the application starts (static init),
    // before runtime configuration such as this mapping exists.
    @Inject
    Provider<ReportsConfig> config;

    @ServerRequestFilter(preMatching = true)
    public void refuseLargeBodies(ContainerRequestContext request) {
        MediaType type = request.getMediaType();
        if (type == null || "multipart".equalsIgnoreCase(type.getType())) {
            return;
        }
        String length = request.getHeaderString("Content-Length");
        if (length != null
                && length.strip().matches("[0-9]{1,18}")
                && Long.parseLong(length.strip()) > config.get().maxBytes()) {
            throw new ProblemException(
                    ProblemType.PAYLOAD_TOO_LARGE,
                    "the submission has " + length.strip() + " bytes; at most "
                            + config.get().maxBytes()
                            + " are accepted (scans of up to the larger limit go as a multipart file)");
        }
    }
}
