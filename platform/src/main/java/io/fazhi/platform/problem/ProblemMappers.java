package io.fazhi.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.fazhi.core.problem.ProblemType;
import io.fazhi.platform.retry.DatabaseOutage;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every failure leaves a service as an RFC 9457 problem: domain problems, validation with the
 * list of fields, unreadable bodies, the HTTP errors of the framework, and a catch-all that logs
 * the cause under an id and never shows a stack trace to the client.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final int RETRY_AFTER_SECONDS = 2;

    @ServerExceptionMapper
    public Response domain(ProblemException e, UriInfo uri) {
        return respond(new Problem(
                e.type().uri(), e.type().title(), e.type().status(), e.getMessage(), path(uri), e.errors()));
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(field(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        ProblemType type = ProblemType.VALIDATION;
        return respond(new Problem(
                type.uri(), type.title(), type.status(), errors.size() + " invalid field(s)", path(uri), errors));
    }

    /** Named apart from {@link #unreadableJson}: Quarkus REST ships its own mapper for this type. */
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    /** In words, never a Java class name: the client sent JSON, not Java. */
    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        List<Problem.FieldError> errors = List.of();
        String detail;
        if (brokenSyntax(e)) {
            String message = String.valueOf(e.getOriginalMessage());
            detail = "the body is not valid JSON"
                    + (message.startsWith("Duplicate field") ? ": a field is given twice" : "")
                    + (e.getLocation() == null
                            ? ""
                            : " (line " + e.getLocation().getLineNr() + ", column "
                                    + e.getLocation().getColumnNr() + ")");
        } else if (e instanceof JsonMappingException mapping
                && !mapping.getPath().isEmpty()) {
            String field = jsonPath(mapping);
            String expected = expected(e);
            errors = List.of(new Problem.FieldError(field, expected));
            detail = "field " + field + ": " + expected;
        } else if (String.valueOf(e.getOriginalMessage()).contains("Trailing token")) {
            // FAIL_ON_TRAILING_TOKENS reports a mismatch, not a syntax error: the value itself was read.
            detail = "the body is not valid JSON: there is more after the JSON value";
        } else {
            detail = "the body is not the JSON object this endpoint takes";
        }
        ProblemType type = errors.isEmpty() ? ProblemType.MALFORMED_REQUEST : ProblemType.VALIDATION;
        return respond(new Problem(type.uri(), type.title(), type.status(), detail, path(uri), errors));
    }

    /** What a field should have held, from the type Jackson tried to read: "must be a whole number". */
    private static String expected(JsonProcessingException e) {
        Class<?> target = e instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
        if (target == null) {
            return "has the wrong type or format";
        }
        if (target == Integer.class
                || target == int.class
                || target == Long.class
                || target == long.class
                || target == Short.class
                || target == short.class) {
            return "must be a whole number";
        }
        if (Number.class.isAssignableFrom(target) || target == double.class || target == float.class) {
            return "must be a number";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "must be true or false";
        }
        if (target == String.class || target.isEnum()) {
            return "must be text";
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(target)) {
            return "must be a date or date and time in ISO-8601 form";
        }
        if (java.util.Collection.class.isAssignableFrom(target) || target.isArray()) {
            return "must be a list";
        }
        return "must be an object";
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        Problem problem = Problem.of(ProblemType.UNAUTHORIZED, "missing, expired or invalid bearer token", path(uri));
        return Response.status(401)
                .type(Problem.MEDIA_TYPE)
                .header("WWW-Authenticate", "Bearer")
                .entity(problem)
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(Problem.of(ProblemType.FORBIDDEN, "the caller's group may not do this", path(uri)));
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json, uri);
        }
        if (e instanceof jakarta.ws.rs.NotFoundException
                && e.getCause() != null
                && !(e.getCause() instanceof WebApplicationException)) {
            // JAX-RS answers a query parameter it cannot convert (page=abc) with 404, as if the list did not exist.
            String parameter = unconvertedQueryParameter(uri, e.getCause());
            if (parameter != null) {
                ProblemType type = ProblemType.VALIDATION;
                return respond(new Problem(
                        type.uri(),
                        type.title(),
                        type.status(),
                        "query parameter " + parameter + " has a value of the wrong form",
                        path(uri),
                        List.of(new Problem.FieldError(
                                parameter,
                                "has a value of the wrong form (a whole number, a date or a code as documented)"))));
            }
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        ProblemType type = ProblemType.forStatus(status);
        Problem problem = new Problem(type.uri(), type.title(), status, e.getMessage(), path(uri), List.of());
        Response.ResponseBuilder response =
                Response.status(status).type(Problem.MEDIA_TYPE).entity(problem);
        // Keep headers the status needs (Allow for 405, Retry-After for 429/503).
        e.getResponse().getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Type") && !name.equalsIgnoreCase("Content-Length")) {
                values.forEach(v -> response.header(name, v));
            }
        });
        return response.build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        if (unreadableMultipart(e)) {
            return respond(Problem.of(
                    ProblemType.MALFORMED_REQUEST,
                    "the multipart body cannot be read: it ends before its "
                            + "closing boundary, has more than 1,000 parts, or a part is malformed",
                    path(uri)));
        }
        SQLException unavailable = DatabaseOutage.causeOf(e);
        if (unavailable != null) {
            // Overload or a database restart, not a defect: the client is told to retry, as the gateway does.
            LOG.warnf("database unavailable on %s: %s", path(uri), unavailable.getMessage());
            return problem(Problem.of(
                            ProblemType.UNAVAILABLE, "the database is busy or restarting; retry later", path(uri)))
                    .header("Retry-After", RETRY_AFTER_SECONDS)
                    .build();
        }
        String id = UUID.randomUUID().toString();
        LOG.errorf(e, "unexpected failure %s on %s", id, path(uri));
        return respond(Problem.of(
                ProblemType.INTERNAL, "an unexpected error occurred; quote " + id + " when reporting it", path(uri)));
    }

    /** The query parameter whose value the conversion failed on (its message quotes the value), or null (a path parameter). */
    private static String unconvertedQueryParameter(UriInfo uri, Throwable failure) {
        String message = String.valueOf(failure.getMessage());
        if (uri == null) {
            return null;
        }
        for (var parameter : uri.getQueryParameters().entrySet()) {
            for (String value : parameter.getValue()) {
                if (!value.isEmpty() && message.contains(value)) {
                    return parameter.getKey();
                }
            }
        }
        return null;
    }

    /**
     * A failure of the REST layer's multipart parser: the body was cut off before its closing
     * boundary, had too many parts, or a broken part header. The client's doing, not a defect.
     */
    private static boolean unreadableMultipart(Throwable e) {
        StackTraceElement[] frames = e.getStackTrace();
        return (e instanceof java.io.IOException
                        || e instanceof IllegalStateException
                        || e.getClass() == RuntimeException.class)
                && frames.length > 0
                && frames[0].getClassName().startsWith("org.jboss.resteasy.reactive.server.core.multipart.");
    }

    /** Broken JSON syntax (cut short, stray characters), as opposed to a value of the wrong type. */
    private static boolean brokenSyntax(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof StreamReadException) {
                return true;
            }
        }
        return false;
    }

    private static Response respond(Problem problem) {
        return problem(problem).build();
    }

    /** A problem response still open for the headers its status needs. */
    private static Response.ResponseBuilder problem(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getPath();
    }

    /** "create.arg0.year" → "year": the field a client sent, not the Java method. */
    private static String field(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        String[] parts = path.split("\\.");
        return parts.length > 2
                ? String.join(".", java.util.Arrays.copyOfRange(parts, 2, parts.length))
                : parts[parts.length - 1];
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
