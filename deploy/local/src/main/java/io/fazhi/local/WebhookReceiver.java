package io.fazhi.local;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A real HTTP server that receives webhooks, for tests and benchmarks: it records every request and
 * answers as told — a status, a Retry-After, or never (it holds the request until released).
 */
public final class WebhookReceiver implements AutoCloseable {

    /** A received POST: its headers (names in lower case) and body. */
    public record Request(Instant at, String path, Map<String, List<String>> headers, String body) {

        public String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null || values.isEmpty() ? null : values.get(0);
        }
    }

    /** How to answer: a status with headers, or no answer at all. */
    public record Reply(int status, Map<String, String> headers, boolean hang) {

        public static Reply status(int status) {
            return new Reply(status, Map.of(), false);
        }

        public static Reply status(int status, Map<String, String> headers) {
            return new Reply(status, headers, false);
        }

        public static Reply never() {
            return new Reply(0, Map.of(), true);
        }
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final CountDownLatch released = new CountDownLatch(1);
    private volatile Function<Request, Reply> behaviour = request -> Reply.status(204);

    private WebhookReceiver(HttpServer server) {
        this.server = server;
    }

    /** Listens on a free port of {@code host} (tests use 127.0.0.2: loopback, yet not "localhost"). */
    public static WebhookReceiver start(String host) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(host, 0), 100);
            WebhookReceiver receiver = new WebhookReceiver(server);
            server.createContext("/", receiver::handle);
            server.setExecutor(receiver.threads);
            server.start();
            return receiver;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on " + host, e);
        }
    }

    public String url(String path) {
        return "http://" + server.getAddress().getAddress().getHostAddress() + ":"
                + server.getAddress().getPort() + path;
    }

    public WebhookReceiver answer(Function<Request, Reply> behaviour) {
        this.behaviour = behaviour;
        return this;
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    /** Requests whose webhook-id header is {@code id}. */
    public List<Request> withId(String id) {
        return requests.stream().filter(r -> id.equals(r.header("webhook-id"))).toList();
    }

    /** Lets every held request go (answered 200) and stops holding new ones. */
    public void release() {
        behaviour = request -> Reply.status(200);
        released.countDown();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange;
                InputStream in = exchange.getRequestBody()) {
            String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Map<String, List<String>> headers = exchange.getRequestHeaders().entrySet().stream()
                    .collect(Collectors.toMap(
                            e -> e.getKey().toLowerCase(Locale.ROOT), Map.Entry::getValue, (a, b) -> a));
            Request request =
                    new Request(Instant.now(), exchange.getRequestURI().getPath(), headers, body);
            requests.add(request);
            Reply reply = behaviour.apply(request);
            if (reply.hang()) {
                try {
                    released.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                reply = Reply.status(200);
            }
            reply.headers()
                    .forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            exchange.sendResponseHeaders(reply.status(), -1);
        }
    }

    @Override
    public void close() {
        released.countDown();
        server.stop(0);
        threads.shutdownNow();
    }
}
