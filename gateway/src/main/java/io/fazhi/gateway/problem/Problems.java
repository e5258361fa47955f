package io.fazhi.gateway.problem;

import io.fazhi.core.problem.ProblemType;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.Map;

/**
 * RFC 9457 problem responses the gateway answers itself, with the suite's stable types
 * ({@link ProblemType}, the services' own): a client handles a 401 from the gateway
 * and one from a service the same way.
 */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";

    private Problems() {}

    public static void send(RoutingContext ctx, ProblemType type, String detail) {
        send(ctx, type, detail, Map.of());
    }

    public static void send(RoutingContext ctx, ProblemType type, String detail, Map<String, String> headers) {
        if (ctx.response().headWritten()) {
            ctx.response().reset();
            return;
        }
        JsonObject problem = new JsonObject()
                .put("type", type.uri().toString())
                .put("title", type.title())
                .put("status", type.status())
                .put("detail", detail)
                .put("instance", ctx.request().path());
        headers.forEach((name, value) -> ctx.response().putHeader(name, value));
        ctx.response()
                .setStatusCode(type.status())
                .putHeader("Content-Type", MEDIA_TYPE)
                .end(problem.encode());
    }

    /**
     * The same refusal for a person in a browser (the console's routes): a short page in Chinese that
     * says what happened and where to go back to, instead of JSON.
     */
    public static void page(RoutingContext ctx, int status, String message, Map<String, String> headers) {
        if (ctx.response().headWritten()) {
            ctx.response().reset();
            return;
        }
        String html = "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + status
                + "</title><link rel=\"stylesheet\" href=\"/console.css\"></head><body><main><h1>" + status
                + "</h1><p class=\"error\" role=\"alert\" id=\"problem\">" + message
                + "</p><p><a href=\"/\">返回首页</a></p></main></body></html>";
        headers.forEach((name, value) -> ctx.response().putHeader(name, value));
        ctx.response()
                .setStatusCode(status)
                .putHeader("Content-Type", "text/html; charset=UTF-8")
                .putHeader("Cache-Control", "no-store")
                .end(html);
    }
}
