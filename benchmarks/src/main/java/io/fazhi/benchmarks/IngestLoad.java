package io.fazhi.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.fazhi.local.DevTokens;
import io.fazhi.local.KafkaTestClient;
import io.fazhi.platform.places.Place;
import io.fazhi.platform.places.PlaceDirectory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Submits reports over HTTP at a fixed rate against the running local suite, then checks that
 * every accepted report's event reached Kafka. Prints throughput, latency percentiles and the
 * event check. Bounded in count and time; loopback only.
 *
 * <p>Arguments: [rate per second, default 200] [seconds, default 30] [base URL, default
 * http://localhost:8081].
 */
public final class IngestLoad {

    private IngestLoad() {}

    public static void main(String[] args) throws Exception {
        int rate = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        String base = args.length > 2 ? args[2] : "http://localhost:8081";
        String bootstrap = LocalSuite.kafka();
        int total = rate * seconds;

        List<Place> townships = new PlaceDirectory().townshipsUnder("");
        String token = DevTokens.mint("admin", null);
        ObjectMapper json = new ObjectMapper();
        List<byte[]> bodies = new ArrayList<>();
        for (int i = 0; i < Math.min(total, 5000); i++) {
            Place township = townships.get((i * 7919) % townships.size());
            String text = Samples.text(Samples.NAMES[i % Samples.NAMES.length]);
            bodies.add(json.writeValueAsBytes(
                    Map.of("text", text, "townshipCode", township.code(), "year", 2021 + (i / townships.size()) % 5)));
        }

        // HTTP/1.1 with a connection per request in flight, as government systems call; the JDK
        // client would otherwise multiplex everything over one HTTP/2 connection.
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        long[] latencies = new long[total];
        AtomicInteger accepted = new AtomicInteger();
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        Set<String> ids = ConcurrentHashMap.newKeySet();
        List<CompletableFuture<?>> inFlight = new ArrayList<>(total);
        Pacer pacer = new Pacer(rate);
        for (int i = 0; i < total; i++) {
            pacer.awaitTurn(i);
            int n = i;
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/reports"))
                    .timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(bodies.get(i % bodies.size())))
                    .build();
            long sent = System.nanoTime();
            inFlight.add(http.sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                    .handle((response, error) -> {
                        latencies[n] = System.nanoTime() - sent;
                        int status = error == null ? response.statusCode() : -1;
                        statuses.computeIfAbsent(status, s -> new AtomicInteger())
                                .incrementAndGet();
                        if (status == 201) {
                            accepted.incrementAndGet();
                            ids.add(id(response.body()));
                        }
                        return null;
                    }));
        }
        CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).join();
        double elapsed = pacer.elapsedSeconds();

        Latencies measured = Latencies.of(latencies);
        System.out.printf(
                "requests %d in %.1f s: %.0f/s offered, %.0f/s accepted; statuses %s%n",
                total, elapsed, total / elapsed, accepted.get() / elapsed, statuses);
        System.out.printf(
                "latency ms: p50 %.1f  p95 %.1f  p99 %.1f  max %.1f%n",
                measured.ms(0.50), measured.ms(0.95), measured.ms(0.99), measured.maxMs());

        long eventsStart = System.nanoTime();
        try (KafkaTestClient kafka = new KafkaTestClient(bootstrap)) {
            Set<String> seen = ConcurrentHashMap.newKeySet();
            kafka.readUntil(
                    "reports.v1",
                    read -> {
                        read.forEach(r -> {
                            var subject = r.headers().lastHeader("ce_subject");
                            if (subject != null) {
                                seen.add(new String(subject.value(), StandardCharsets.UTF_8));
                            }
                        });
                        return seen.containsAll(ids);
                    },
                    Duration.ofMinutes(2));
            // Past 5,000 requests the bodies repeat: the same township and year again is a new version.
            System.out.printf(
                    "events: all %d reports accepted (%d submissions, the rest new versions) have their events on"
                            + " reports.v1 (checked in %.1f s)%n",
                    ids.size(), accepted.get(), (System.nanoTime() - eventsStart) / 1e9);
        }
    }

    private static String id(String body) {
        int at = body.indexOf("\"id\":\"");
        return at < 0 ? "" : body.substring(at + 6, body.indexOf('"', at + 6));
    }
}
