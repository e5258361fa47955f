package io.fazhi.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.fazhi.core.problem.ProblemType;
import java.net.URI;
import java.util.List;

/**
 * An RFC 9457 problem detail. {@code errors} lists the fields of a validation problem.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(URI type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid field: where it is (a JSON path or parameter name) and what is wrong with it. */
    public record FieldError(String field, String message) {}

    public static Problem of(ProblemType type, String detail, String instance) {
        return new Problem(type.uri(), type.title(), type.status(), detail, instance, List.of());
    }
}
