package io.fazhi.console;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The gateway as the console sees it, on a loopback port: the roll-up of 上党区 (one township
 * submitted, one not) for the token of its county office, 403 for any other county, as the real
 * metrics-service answers. The e2e browser tests run the console against the real suite.
 */
public class ApiStandIn implements QuarkusTestResourceLifecycleManager {

    /** The Authorization headers the console sent, in order. */
    public static final List<String> BEARERS = new CopyOnWriteArrayList<>();

    private HttpServer server;

    static final String ROLLUP = """
            {"place":"140404","name":"上党区","level":"county","year":2024,"expected":2,"submitted":1,"late":1,
             "meanScore":71.5,"weakestParts":{},"children":[],
             "townships":[
              {"code":"140404107","name":"南宋镇","submitted":true,"reportId":"r-1","version":2,"score":71.5,"late":true,
               "daysLate":12,"missingContents":["shortcomings"],"partScores":{},"reuseMatches":1},
              {"code":"140404100","name":"韩店街道","submitted":false,"reportId":null,"version":null,"score":null,"late":false,
               "daysLate":0,"missingContents":[],"partScores":{},"reuseMatches":0}]}""";

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/api/v1/rollups/", exchange -> {
            String bearer = exchange.getRequestHeaders().getFirst("Authorization");
            BEARERS.add(String.valueOf(bearer));
            boolean own = exchange.getRequestURI().getPath().endsWith("/140404") && bearer != null && bearer.startsWith("Bearer ");
            byte[] body = (own ? ROLLUP : "{\"type\":\"urn:fazhi:problem:forbidden\",\"status\":403}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", own ? "application/json" : "application/problem+json");
            exchange.sendResponseHeaders(own ? 200 : 403, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        return Map.of("quarkus.rest-client.gateway.url", "http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public void stop() {
        server.stop(0);
    }
}
