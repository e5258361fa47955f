package io.fazhi.gateway.route;

import io.fazhi.core.problem.ProblemType;
import io.fazhi.core.trace.Traceparent;
import io.fazhi.gateway.auth.TokenVerifier;
import io.fazhi.gateway.auth.VerifiedCaller;
import io.fazhi.gateway.limit.RateLimiter;
import io.fazhi.gateway.problem.Problems;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.ConnectException;
import java.net.URI;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;

/**
 * The gateway's one job, in order: find the route, refuse an oversized body, verify the bearer
 * token, apply the caller's rate limit, then stream the request to its service and the answer back
 * (Vert.x HTTP proxy). Nothing reaches a service before the token and the limits pass; a service
 * that is down gives a problem response at once.
 */
@ApplicationScoped
public class ProxyRoutes {

    private static final Logger ACCESS = Logger.getLogger("io.fazhi.gateway.access");

    @Inject
    Vertx vertx;

    @Inject
    TokenVerifier tokens;

    @Inject
    RateLimiter limiter;

    @Inject
    Upstreams upstreams;

    @Inject
    MeterRegistry registry;

    /** The console's routes: pages for people, whose refusals are pages too. */
    private static final String CONSOLE = "console";

    @Inject
    GatewayConfig config;

    private HttpClient client;

    void start(@Observes StartupEvent startup) {
        client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) config.connectTimeout().toMillis())
                .setKeepAlive(true)
                .setMaxPoolSize(200));
    }

    void routes(@Observes Router router) {
        router.routeWithRegex("/api/v1/.*").handler(this::handle);
        // After every route of the gateway's own (health, OpenAPI, Swagger UI): what is left is the console's.
        router.route().order(RouteConstants.ROUTE_ORDER_AFTER_DEFAULT + 1_000).handler(this::page);
    }

    /**
     * A console page: no bearer token here (the console signs its users in with a session cookie and
     * calls the API with their token, through the routes above), only the body limit.
     */
    private void page(RoutingContext ctx) {
        long started = System.nanoTime();
        HttpServerRequest request = ctx.request();
        if (request.path().startsWith("/q/")
                || request.path().equals("/q")
                || request.path().startsWith("/api/")) {
            // Operational endpoints stay off the public port; an API path no service serves is the API's 404.
            Problems.send(ctx, ProblemType.NOT_FOUND, "nothing is served at " + request.path());
            return;
        }
        request.pause();
        ctx.response().endHandler(done -> accessLog(ctx, CONSOLE, started));
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        long limit = bodyLimit(request, "/submit");
        if (refusedAsTooLarge(ctx, length, limit, true)) {
            return;
        }
        forward(ctx, CONSOLE, upstreams.console(), length == null, limit);
    }

    private void handle(RoutingContext ctx) {
        long started = System.nanoTime();
        HttpServerRequest request = ctx.request();
        GatewayRoute route = GatewayRoute.of(request.path()).orElse(null);
        if (route == null) {
            Problems.send(ctx, ProblemType.NOT_FOUND, "no service serves " + request.path());
            return;
        }
        request.pause();
        ctx.response().endHandler(done -> accessLog(ctx, route.id(), started));
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        long limit = bodyLimit(request, GatewayRoute.REPORTS.prefix());
        if (refusedAsTooLarge(ctx, length, limit, false)) {
            return;
        }
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            unauthenticated(ctx, "no bearer token", "Bearer");
            return;
        }
        tokens.verify(vertx, authorization.substring(7).trim()).onComplete(verified -> {
            if (verified.failed()) {
                unauthenticated(
                        ctx,
                        "the token is not valid: " + verified.cause().getMessage(),
                        "Bearer error=\"invalid_token\"");
                return;
            }
            VerifiedCaller caller = verified.result();
            ctx.put(VerifiedCaller.class.getName(), caller);
            OptionalLong wait = limiter.tryAcquire(caller, route);
            if (wait.isPresent()) {
                Problems.send(
                        ctx,
                        ProblemType.TOO_MANY_REQUESTS,
                        "the rate limit of route " + route.id() + " was reached; retry after " + wait.getAsLong()
                                + " s",
                        Map.of("Retry-After", Long.toString(wait.getAsLong())));
                return;
            }
            forward(ctx, route.service(), upstreams.of(route.service()), length == null, limit);
        });
    }

    /** 401, or 429 once the address has sent too many requests without a valid token. */
    private void unauthenticated(RoutingContext ctx, String detail, String challenge) {
        String address = ctx.request().remoteAddress() == null
                ? "unknown"
                : ctx.request().remoteAddress().hostAddress();
        OptionalLong wait = limiter.tryAcquireUnauthenticated(address);
        if (wait.isPresent()) {
            Problems.send(
                    ctx,
                    ProblemType.TOO_MANY_REQUESTS,
                    "too many requests without a valid token from this address; retry after " + wait.getAsLong() + " s",
                    Map.of("Retry-After", Long.toString(wait.getAsLong())));
            return;
        }
        Problems.send(ctx, ProblemType.UNAUTHORIZED, detail, Map.of("WWW-Authenticate", challenge));
    }

    /**
     * The body limit of a request: the upload limit for a multipart POST to the one path that takes
     * report files (scans run to tens of MB), the body limit for everything else.
     */
    private long bodyLimit(HttpServerRequest request, String uploadPath) {
        String type = request.getHeader(HttpHeaders.CONTENT_TYPE);
        boolean upload = request.method() == HttpMethod.POST
                && request.path().equals(uploadPath)
                && type != null
                && type.strip().regionMatches(true, 0, "multipart/form-data", 0, 19);
        return upload ? config.maxUploadBytes() : config.maxBodyBytes();
    }

    private void forward(RoutingContext ctx, String service, URI upstream, boolean unknownLength, long limit) {
        HttpServerRequest request = ctx.request();
        ProxyRequest proxied = ProxyRequest.reverseProxy(request);
        proxied.putHeader(
                "X-Forwarded-For",
                request.remoteAddress() == null ? "" : request.remoteAddress().hostAddress());
        proxied.putHeader("X-Forwarded-Proto", request.scheme());
        proxied.putHeader(
                "X-Forwarded-Host",
                request.authority() == null ? "" : request.authority().toString());
        // The gateway's own span (OpenTelemetry) becomes the services' parent; without one, the
        // caller's trace context passes through, or a new one is made so every service logs one id.
        String traceparent = Traceparent.current();
        if (traceparent == null && request.getHeader("traceparent") == null) {
            traceparent = Traceparent.fresh();
        }
        if (traceparent != null) {
            proxied.putHeader("traceparent", traceparent);
            ctx.response().putHeader("traceparent", traceparent);
        }
        LimitedBody limited = null;
        if (unknownLength && request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null) {
            limited = new LimitedBody(request, limit);
            proxied.setBody(Body.body(limited, -1));
        }
        LimitedBody body = limited;
        client.request(new RequestOptions()
                        .setHost(upstream.getHost())
                        .setPort(Upstreams.port(upstream))
                        .setIdleTimeout(config.idleTimeout().toMillis()))
                .compose(proxied::send)
                .compose(response -> response.send())
                .onFailure(failure -> failed(ctx, service, failure, body, limit));
    }

    private void failed(RoutingContext ctx, String service, Throwable failure, LimitedBody body, long limit) {
        boolean page = CONSOLE.equals(service);
        if (body != null && body.tooLarge() || failure instanceof LimitedBody.TooLargeException) {
            tooLarge(ctx, page, limit, "the body is larger than " + limit + " bytes");
        } else if (failure instanceof ConnectException
                || failure.getCause() instanceof ConnectException
                || String.valueOf(failure.getMessage()).contains("Connection refused")) {
            if (page) {
                Problems.page(ctx, 503, "服务暂时不可用，请稍后重试。", Map.of("Retry-After", "5"));
                return;
            }
            Problems.send(
                    ctx,
                    ProblemType.UNAVAILABLE,
                    service + " cannot be reached; retry later",
                    Map.of("Retry-After", "5"));
        } else if (failure instanceof TimeoutException
                || String.valueOf(failure.getMessage()).contains("timeout")) {
            Problems.send(ctx, ProblemType.UPSTREAM_TIMEOUT, service + " did not answer in time");
        } else {
            Problems.send(
                    ctx,
                    ProblemType.BAD_GATEWAY,
                    service + ": " + failure.getClass().getSimpleName());
        }
    }

    /** A declared body over the limit is a 413 before a byte of it is read, and the connection goes. */
    private boolean refusedAsTooLarge(RoutingContext ctx, String length, long limit, boolean page) {
        if (length == null || !tooLong(length, limit)) {
            return false;
        }
        tooLarge(ctx, page, limit, "the body has " + length + " bytes; at most " + limit + " are accepted");
        return true;
    }

    /** 413: a problem for the API, a page in words for a person's form on the console's routes. */
    private void tooLarge(RoutingContext ctx, boolean page, long limit, String detail) {
        ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
        if (page) {
            Problems.page(ctx, 413, "提交的内容过大：不能超过" + limit / (1024 * 1024) + " MB。请压缩或删去图片后重新报送，什么也没有保存。", Map.of());
        } else {
            Problems.send(ctx, ProblemType.PAYLOAD_TOO_LARGE, detail);
        }
    }

    private static boolean tooLong(String contentLength, long limit) {
        try {
            return Long.parseLong(contentLength.trim()) > limit;
        } catch (NumberFormatException e) {
            return true;
        }
    }

    private void accessLog(RoutingContext ctx, String route, long started) {
        long nanos = System.nanoTime() - started;
        int status = ctx.response().getStatusCode();
        VerifiedCaller caller = ctx.get(VerifiedCaller.class.getName());
        Timer.builder("fazhi.gateway.requests")
                .description("Requests through the gateway, by route and status")
                .tag("route", route)
                .tag("status", Integer.toString(status))
                .register(registry)
                .record(nanos, TimeUnit.NANOSECONDS);
        ACCESS.infof(
                "caller=%s group=%s place=%s route=%s method=%s path=%s status=%d latency_ms=%.1f",
                caller == null ? "-" : caller.subject(),
                caller == null || caller.group() == null ? "-" : caller.group().claim(),
                caller == null ? "-" : caller.place(),
                route,
                ctx.request().method(),
                ctx.request().path(),
                status,
                nanos / 1e6);
    }
}
