package io.fazhi.local;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executors;

/**
 * Faults on demand for a running local suite, so that anyone can watch what a crash does:
 * {@code suite kill SERVICE} (SIGKILL, then the suite starts it again, as Kubernetes would) and
 * {@code suite restart kafka|postgres}. The running suite listens on a loopback port it writes to
 * {@code suite.control} in its data directory; the commands are one POST each and answer when the
 * component is back.
 */
public final class SuiteControl implements AutoCloseable {

    /** What the running suite does when asked. */
    interface Faults {

        /** @return what happened, for the caller to print */
        String kill(String module) throws Exception;

        String restart(String component) throws Exception;
    }

    private static final String FILE = "suite.control";

    private final HttpServer server;
    private final Path file;

    private SuiteControl(HttpServer server, Path file) {
        this.server = server;
        this.file = file;
    }

    static SuiteControl serve(Path data, Faults faults) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        // One fault at a time: a second waits for the first component to be back.
        server.setExecutor(Executors.newSingleThreadExecutor());
        server.createContext("/", exchange -> answer(exchange, faults));
        server.start();
        Path file = data.resolve(FILE);
        Files.writeString(file, Integer.toString(server.getAddress().getPort()));
        return new SuiteControl(server, file);
    }

    private static void answer(HttpExchange exchange, Faults faults) throws IOException {
        String[] path = exchange.getRequestURI().getPath().split("/");
        int status = 200;
        String message;
        try {
            if (!"POST".equals(exchange.getRequestMethod()) || path.length != 3) {
                status = 404;
                message = "POST /kill/SERVICE or /restart/kafka|postgres";
            } else if ("kill".equals(path[1])) {
                message = faults.kill(path[2]);
            } else if ("restart".equals(path[1])) {
                message = faults.restart(path[2]);
            } else {
                status = 404;
                message = "POST /kill/SERVICE or /restart/kafka|postgres";
            }
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            status = 409;
            message = e.getMessage();
        } catch (Exception e) {
            status = 500;
            message = e.toString();
        }
        byte[] body = (message + "\n").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /**
     * Asks the suite running with {@code data} to {@code kill} a service or {@code restart} kafka or
     * postgres; returns when it is back.
     *
     * @throws IllegalStateException when no suite runs there or the fault failed, with its message
     */
    public static String request(Path data, String command, String target) {
        Path file = data.resolve(FILE);
        int port;
        try {
            port = Integer.parseInt(Files.readString(file).trim());
        } catch (IOException | NumberFormatException e) {
            throw new IllegalStateException("no running suite with its data in " + data + " (" + file + " is missing)");
        }
        HttpRequest post = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/" + command + "/" + target))
                .timeout(Duration.ofMinutes(5))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build();
        try {
            HttpResponse<String> answer = HttpClient.newHttpClient().send(post, HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException(answer.body().trim());
            }
            return answer.body().trim();
        } catch (IOException e) {
            throw new UncheckedIOException("the suite did not answer on port " + port, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        file.toFile().delete();
    }
}
