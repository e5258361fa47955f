package io.fazhi.importer.send;

import java.io.FileNotFoundException;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A multipart/form-data body (RFC 7578) whose file part is read from disk as the request goes out
 * ({@link BodyPublishers#ofFile}): the JDK's HTTP client has no multipart publisher of its own, and
 * this keeps a file out of memory.
 */
final class MultipartBody {

    private final String boundary = "fazhi-" + UUID.randomUUID();
    private final StringBuilder fields = new StringBuilder();

    /** Adds a text field; a null value is left out. */
    MultipartBody field(String name, Object value) {
        if (value != null) {
            fields.append("--").append(boundary).append("\r\n");
            fields.append("Content-Disposition: form-data; name=\"")
                    .append(name)
                    .append("\"\r\n\r\n");
            fields.append(value).append("\r\n");
        }
        return this;
    }

    String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    /** The fields, then the file as part "file" with its name (UTF-8, as browsers send it). */
    BodyPublisher withFile(java.nio.file.Path file, String mediaType) throws FileNotFoundException {
        String head = fields + "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\""
                + quoted(file.getFileName().toString())
                + "\"\r\n"
                + "Content-Type: " + mediaType + "\r\n\r\n";
        String tail = "\r\n--" + boundary + "--\r\n";
        List<BodyPublisher> parts = new ArrayList<>();
        parts.add(BodyPublishers.ofByteArray(head.getBytes(StandardCharsets.UTF_8)));
        parts.add(BodyPublishers.ofFile(file));
        parts.add(BodyPublishers.ofByteArray(tail.getBytes(StandardCharsets.UTF_8)));
        return BodyPublishers.concat(parts.toArray(BodyPublisher[]::new));
    }

    /** A file name inside the quoted header value: quotes and line breaks escaped as RFC 7578 §2 says browsers do. */
    private static String quoted(String name) {
        return name.replace("\"", "%22").replace("\r", "%0D").replace("\n", "%0A");
    }
}
