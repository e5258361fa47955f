package io.fazhi.gateway.limit;

import io.fazhi.core.problem.ProblemType;
import io.fazhi.gateway.problem.Problems;
import io.fazhi.gateway.route.GatewayConfig;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Map;

/**
 * Oversized headers and addresses answered with a problem, before anything else runs. The HTTP
 * codec (Vert.x) refuses what exceeds its own limits with a bare 431 or 414 that no Quarkus code
 * can shape, so its limits are set well above these ({@code quarkus.http.limits.*}) and the
 * product's limits are enforced here, where the answer can say what was wrong.
 */
@ApplicationScoped
public class RequestLimits {

    /** First of all routes: health and the OpenAPI document are guarded as the API is. */
    private static final int FIRST = -10_000;

    @Inject
    GatewayConfig config;

    void routes(@Observes Router router) {
        router.route().order(FIRST).handler(this::check);
    }

    private void check(RoutingContext ctx) {
        String uri = ctx.request().uri();
        if (uri.length() > config.maxUriLength()) {
            Problems.send(
                    ctx,
                    ProblemType.URI_TOO_LONG,
                    "the path and query have " + uri.length() + " characters; at most " + config.maxUriLength()
                            + " are accepted");
            return;
        }
        long bytes = 0;
        for (Map.Entry<String, String> header : ctx.request().headers()) {
            bytes += header.getKey().length() + header.getValue().length() + 4; // ": " and CRLF
        }
        if (bytes > config.maxHeaderBytes()) {
            // The client may be sending more of the same: the connection goes after the answer.
            ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
            Problems.send(
                    ctx,
                    ProblemType.HEADER_FIELDS_TOO_LARGE,
                    "the headers have " + bytes + " bytes; at most " + config.maxHeaderBytes() + " are accepted");
            return;
        }
        ctx.next();
    }
}
