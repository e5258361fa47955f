package io.fazhi.benchmarks;

import io.fazhi.local.DevTokens;
import io.fazhi.platform.places.Place;
import io.fazhi.platform.places.PlaceDirectory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * What the gateway adds: the same request (a place lookup on report-service) sent directly and
 * through the gateway, interleaved in one run at the same rate each, by 200 township callers (so
 * no caller meets its rate limit). Prints both latency distributions and their difference.
 * Arguments: [requests per second on each path, default 500] [seconds, default 30].
 */
public final class GatewayLoad {

    private GatewayLoad() {}

    public static void main(String[] args) throws Exception {
        int rate = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        String gateway = System.getProperty("gateway.url", "http://localhost:8080");
        String direct = System.getProperty("report.url", "http://localhost:8081");
        List<Place> townships = new PlaceDirectory().townshipsUnder("1404");
        String[] tokens = townships.stream()
                .limit(200)
                .map(t -> DevTokens.mint("township", t.code()))
                .toArray(String[]::new);
        String[] paths = townships.stream()
                .limit(200)
                .map(t -> "/api/v1/divisions/" + t.code())
                .toArray(String[]::new);
        HttpClient http =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

        // Warm both paths (JIT, connection pools) before measuring.
        run(http, gateway, direct, tokens, paths, rate, 10);
        long[][] measured = run(http, gateway, direct, tokens, paths, rate, seconds);
        Latencies viaGateway = Latencies.of(measured[0]);
        Latencies directly = Latencies.of(measured[1]);
        System.out.printf("directly:       %s%n", directly);
        System.out.printf("via gateway:    %s%n", viaGateway);
        System.out.printf(
                "gateway adds:   p50 %.2f ms, p99 %.2f ms (at %d requests/s on each path, %d s)%n",
                viaGateway.ms(0.50) - directly.ms(0.50), viaGateway.ms(0.99) - directly.ms(0.99), rate, seconds);
    }

    private static long[][] run(
            HttpClient http, String gateway, String direct, String[] tokens, String[] paths, int rate, int seconds)
            throws Exception {
        int total = rate * seconds;
        long[] viaGateway = new long[total];
        long[] directly = new long[total];
        List<CompletableFuture<?>> inFlight = new ArrayList<>();
        Pacer pacer = new Pacer(rate);
        for (int i = 0; i < total; i++) {
            pacer.awaitTurn(i);
            int caller = i % tokens.length;
            inFlight.add(timed(http, gateway + paths[caller], tokens[caller], viaGateway, i));
            inFlight.add(timed(http, direct + paths[caller], tokens[caller], directly, i));
        }
        CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).join();
        return new long[][] {viaGateway, directly};
    }

    private static CompletableFuture<?> timed(HttpClient http, String url, String token, long[] into, int n) {
        long sent = System.nanoTime();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .GET()
                .build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .handle((r, failure) ->
                        into[n] = failure == null && r.statusCode() == 200 ? System.nanoTime() - sent : Long.MAX_VALUE);
    }
}
