package io.fazhi.benchmarks;

import io.fazhi.local.DevTokens;
import io.fazhi.platform.places.Place;
import io.fazhi.platform.places.PlaceDirectory;
import io.fazhi.platform.places.PlaceLevel;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Roll-up latency with five years of every township assessed (≈200,000 assessments): seeds the
 * running suite's metrics database, requests county roll-ups at a fixed rate and the national
 * roll-up one after another, prints latency percentiles, and removes what it seeded.
 * Arguments: [county requests per second, default 100] [seconds, default 30].
 */
public final class RollupLoad {

    private RollupLoad() {}

    public static void main(String[] args) throws Exception {
        int rate = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        PlaceDirectory places = new PlaceDirectory();
        List<Place> counties = places.under("", PlaceLevel.COUNTY);
        try (AssessmentSeed seeded = AssessmentSeed.plant(places)) {
            measure(rate, seconds, counties);
        }
    }

    private static void measure(int rate, int seconds, List<Place> counties) throws Exception {
        HttpClient http =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String token = DevTokens.mint("admin", null);
        int total = rate * seconds;
        long[] latencies = new long[total];
        List<CompletableFuture<?>> inFlight = new ArrayList<>();
        Pacer pacer = new Pacer(rate);
        for (int i = 0; i < total; i++) {
            pacer.awaitTurn(i);
            String county = counties.get((i * 7919) % counties.size()).code();
            int n = i;
            long sent = System.nanoTime();
            inFlight.add(http.sendAsync(
                            request("http://localhost:8082/api/v1/rollups/" + county + "?year=2024", token),
                            HttpResponse.BodyHandlers.discarding())
                    .thenAccept(r -> latencies[n] = r.statusCode() == 200 ? System.nanoTime() - sent : Long.MAX_VALUE));
        }
        CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).join();
        report("county roll-up at " + rate + "/s", latencies);

        long[] national = new long[10];
        for (int i = 0; i < national.length; i++) {
            long sent = System.nanoTime();
            HttpResponse<Void> r = http.send(
                    request("http://localhost:8082/api/v1/rollups/CN?year=2024", token),
                    HttpResponse.BodyHandlers.discarding());
            national[i] = r.statusCode() == 200 ? System.nanoTime() - sent : Long.MAX_VALUE;
        }
        report("national roll-up, one at a time", national);
    }

    private static HttpRequest request(String url, String token) {
        return HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .GET()
                .build();
    }

    private static void report(String what, long[] latencies) {
        System.out.printf("%s: %s%n", what, Latencies.of(latencies));
    }
}
