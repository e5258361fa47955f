package io.fazhi.gateway;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in for one service behind the gateway: a real HTTP server that serves an OpenAPI document
 * and health, echoes every /api request as JSON (what arrived: method, path, headers, body size),
 * and streams Server-Sent Events on /api/v1/inbox/stream. It can be stopped and started again.
 */
public final class StubService {

    private final String name;
    private final String apiPath;
    private final int port;
    private final AtomicInteger apiRequests = new AtomicInteger();
    private HttpServer server;

    public StubService(String name, String apiPath, int port) {
        this.name = name;
        this.apiPath = apiPath;
        this.port = port;
    }

    public synchronized StubService start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 50);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", this::handle);
        server.start();
        return this;
    }

    public synchronized void stop() {
        server.stop(0);
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    /** How many /api requests reached it. */
    public int apiRequests() {
        return apiRequests.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange;
                InputStream in = exchange.getRequestBody()) {
            String path = exchange.getRequestURI().getPath();
            if (path.equals("/q/health/ready")) {
                send(exchange, 200, "application/json", "{\"status\":\"UP\"}");
            } else if (path.equals("/q/openapi")) {
                send(exchange, 200, "application/json", openapi());
            } else if (path.equals("/api/v1/inbox/stream")) {
                apiRequests.incrementAndGet();
                exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
                exchange.sendResponseHeaders(200, 0);
                OutputStream out = exchange.getResponseBody();
                for (int i = 1; i <= 3; i++) {
                    out.write(("id:" + i + "\nevent:notification\ndata:{\"n\":" + i + "}\n\n")
                            .getBytes(StandardCharsets.UTF_8));
                    out.flush();
                    sleep(200);
                }
                out.close();
            } else {
                long bytes = in.readAllBytes().length;
                apiRequests.incrementAndGet();
                JsonObject echo = new JsonObject()
                        .put("service", name)
                        .put("method", exchange.getRequestMethod())
                        .put("path", path)
                        .put("query", exchange.getRequestURI().getRawQuery())
                        .put("authorization", exchange.getRequestHeaders().getFirst("Authorization"))
                        .put("traceparent", exchange.getRequestHeaders().getFirst("traceparent"))
                        .put("forwardedFor", exchange.getRequestHeaders().getFirst("X-Forwarded-For"))
                        .put("bodyBytes", bytes);
                send(exchange, 200, "application/json", echo.encode());
            }
        }
    }

    private String openapi() {
        String operation = name.replace("-service", "") + "List";
        return new JsonObject()
                .put("openapi", "3.1.0")
                .put("info", new JsonObject().put("title", name).put("version", "1"))
                .put("tags", new io.vertx.core.json.JsonArray().add(new JsonObject().put("name", name)))
                .put(
                        "paths",
                        new JsonObject()
                                .put(
                                        apiPath,
                                        new JsonObject()
                                                .put(
                                                        "get",
                                                        new JsonObject()
                                                                .put("operationId", operation)
                                                                .put("summary", "List")
                                                                .put(
                                                                        "tags",
                                                                        new io.vertx.core.json.JsonArray().add(name))
                                                                .put(
                                                                        "responses",
                                                                        new JsonObject()
                                                                                .put(
                                                                                        "200",
                                                                                        new JsonObject()
                                                                                                .put(
                                                                                                        "description",
                                                                                                        "OK")
                                                                                                .put(
                                                                                                        "content",
                                                                                                        new JsonObject()
                                                                                                                .put(
                                                                                                                        "application/json",
                                                                                                                        new JsonObject()
                                                                                                                                .put(
                                                                                                                                        "schema",
                                                                                                                                        new JsonObject()
                                                                                                                                                .put(
                                                                                                                                                        "$ref",
                                                                                                                                                        "#/components/schemas/Page")))))))))
                .put(
                        "components",
                        new JsonObject()
                                .put(
                                        "schemas",
                                        new JsonObject()
                                                .put(
                                                        "Page",
                                                        new JsonObject()
                                                                .put("type", "object")
                                                                .put("description", "a page of " + name))))
                .encode();
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
