package io.fazhi.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fazhi.core.problem.ProblemType;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Checks a request's framing before the REST layer reads it: a Content-Type that is no media type
 * ({@code a/b/c}) is a 415, a multipart body without a usable boundary a 400, each as a problem.
 * Left to the framework, both ended as 500s.
 */
@ApplicationScoped
public class RequestFraming {

    /** type/subtype, then parameters: RFC 9110's token characters. */
    private static final Pattern MEDIA_TYPE =
            Pattern.compile("\\s*[!#$%&'*+.^_`|~0-9A-Za-z-]+/[!#$%&'*+.^_`|~0-9A-Za-z-]+\\s*(;.*)?", Pattern.DOTALL);
    /** RFC 2046: 1 to 70 characters, quoted or not. */
    private static final Pattern BOUNDARY =
            Pattern.compile("(?i).*;\\s*boundary=(\"[^\"]{1,70}\"|[^\\s;\"]{1,70})\\s*(;.*)?");

    @Inject
    ObjectMapper json;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 100).handler(this::check);
    }

    private void check(RoutingContext ctx) {
        String contentType = ctx.request().getHeader(HttpHeaders.CONTENT_TYPE);
        if (contentType != null) {
            if (!MEDIA_TYPE.matcher(contentType).matches()) {
                refuse(
                        ctx,
                        ProblemType.UNSUPPORTED_MEDIA_TYPE,
                        "the Content-Type " + abbreviate(contentType)
                                + " is not a media type (type/subtype, then parameters)");
                return;
            }
            if (contentType.strip().toLowerCase(Locale.ROOT).startsWith("multipart/")
                    && !BOUNDARY.matcher(contentType).matches()) {
                refuse(ctx, ProblemType.MALFORMED_REQUEST, "a multipart body needs a boundary of 1 to 70 characters");
                return;
            }
        }
        ctx.next();
    }

    private void refuse(RoutingContext ctx, ProblemType type, String detail) {
        String body;
        try {
            body = json.writeValueAsString(
                    Problem.of(type, detail, ctx.request().path()));
        } catch (JsonProcessingException e) {
            body = "{}";
        }
        ctx.response()
                .setStatusCode(type.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(body);
    }

    private static String abbreviate(String value) {
        return value.length() > 60 ? value.substring(0, 60) + "…" : value;
    }
}
