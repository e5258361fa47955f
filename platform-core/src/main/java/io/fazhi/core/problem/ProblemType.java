package io.fazhi.core.problem;

import java.net.URI;

/**
 * The stable problem types of the suite's APIs (RFC 9457 {@code type}). Clients branch on these
 * URIs, so an existing one never changes meaning.
 */
public enum ProblemType {
    VALIDATION(400, "validation", "The request is not valid"),
    MALFORMED_REQUEST(400, "malformed-request", "The request body cannot be read"),
    UNAUTHORIZED(401, "unauthorized", "A valid bearer token is required"),
    FORBIDDEN(403, "forbidden", "The caller may not do this"),
    PLACE_FORBIDDEN(403, "place-forbidden", "The place is outside the caller's jurisdiction"),
    NOT_FOUND(404, "not-found", "No such resource"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "The method is not allowed here"),
    NOT_ACCEPTABLE(406, "not-acceptable", "No acceptable representation"),
    CONFLICT(409, "conflict", "The request conflicts with the current state"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large", "The request body is too large"),
    URI_TOO_LONG(414, "uri-too-long", "The request's address is too long"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "The media type is not supported"),
    UNPROCESSABLE(422, "unprocessable", "The content cannot be processed"),
    TOO_MANY_REQUESTS(429, "too-many-requests", "Too many requests"),
    HEADER_FIELDS_TOO_LARGE(431, "header-fields-too-large", "The request's headers are too large"),
    INTERNAL(500, "internal", "Internal error"),
    BAD_GATEWAY(502, "bad-gateway", "The service's answer could not be relayed"),
    UNAVAILABLE(503, "unavailable", "The service is temporarily unavailable"),
    UPSTREAM_TIMEOUT(504, "upstream-timeout", "The service did not answer in time");

    private static final String BASE = "urn:fazhi:problem:";

    private final int status;
    private final String slug;
    private final String title;

    ProblemType(int status, String slug, String title) {
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public URI uri() {
        return URI.create(BASE + slug);
    }

    /** The generic type for an HTTP status that has no more specific one. */
    public static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status == status) {
                return type;
            }
        }
        return status >= 500 ? INTERNAL : VALIDATION;
    }
}
