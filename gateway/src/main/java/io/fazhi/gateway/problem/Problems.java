package io.fazhi.gateway.problem;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.Map;

/**
 * RFC 9457 problem responses the gateway answers itself, with the suite's stable types
 * ({@code urn:fazhi:problem:*}, as the services' own): a client handles a 401 from the gateway
 * and one from a service the same way.
 */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";

    private Problems() {
    }

    public static void send(RoutingContext ctx, int status, String slug, String title, String detail) {
        send(ctx, status, slug, title, detail, Map.of());
    }

    public static void send(RoutingContext ctx, int status, String slug, String title, String detail, Map<String, String> headers) {
        if (ctx.response().headWritten()) {
            ctx.response().reset();
            return;
        }
        JsonObject problem = new JsonObject()
                .put("type", "urn:fazhi:problem:" + slug)
                .put("title", title)
                .put("status", status)
                .put("detail", detail)
                .put("instance", ctx.request().path());
        headers.forEach((name, value) -> ctx.response().putHeader(name, value));
        ctx.response().setStatusCode(status).putHeader("Content-Type", MEDIA_TYPE).end(problem.encode());
    }
}
