package io.fazhi.benchmarks;

import io.fazhi.events.AlertKind;
import io.fazhi.events.ComplianceAlert;
import io.fazhi.events.KafkaCloudEvents;
import io.fazhi.events.Severity;
import io.fazhi.local.DevTokens;
import io.fazhi.local.KafkaTestClient;
import io.fazhi.local.WebhookReceiver;
import io.fazhi.platform.places.Place;
import io.fazhi.platform.places.PlaceDirectory;
import io.fazhi.platform.places.PlaceLevel;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Event on Kafka → webhook received, against the running suite: 1,000 webhook subscriptions on
 * 1,000 counties, 10% of them pointing at a receiver that never answers (the service times out);
 * alerts at a fixed rate round-robin over the counties. Prints the latency of the healthy
 * deliveries and the notification-service's peak RSS, then removes its subscriptions.
 * The suite must allow the loopback receivers: FAZHI_WEBHOOKS_ALLOWED_PRIVATE_TARGETS=127.0.0.2.
 * Arguments: [events per second, default 100] [seconds, default 60] [subscriptions, default 1000].
 */
public final class NotifyLoad {

    private static final String NOTIFICATIONS = System.getProperty("notification.url", "http://localhost:8083");

    private NotifyLoad() {}

    public static void main(String[] args) throws Exception {
        int rate = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        int subscriptions = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
        PlaceDirectory places = new PlaceDirectory();
        List<Place> counties = places.under("", PlaceLevel.COUNTY).stream()
                .filter(c -> !places.townshipsUnder(c.code()).isEmpty())
                .limit(subscriptions)
                .toList();
        String[] townshipOf = counties.stream()
                .map(c -> places.townshipsUnder(c.code()).get(0).code())
                .toArray(String[]::new);
        HttpClient http =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String admin = DevTokens.mint("admin", null);

        Map<String, Long> sentAt = new ConcurrentHashMap<>();
        Map<String, Long> latencyNanos = new ConcurrentHashMap<>();
        try (WebhookReceiver healthy = WebhookReceiver.start("127.0.0.2");
                WebhookReceiver hanging = WebhookReceiver.start("127.0.0.2")) {
            healthy.answer(request -> {
                Long sent = sentAt.get(String.valueOf(request.header("webhook-id")));
                if (sent != null) {
                    latencyNanos.putIfAbsent(request.header("webhook-id"), System.nanoTime() - sent);
                }
                return WebhookReceiver.Reply.status(204);
            });
            // It answers the verification ping, then never answers an event.
            hanging.answer(request -> request.body().contains("webhook.verification")
                    ? WebhookReceiver.Reply.status(204)
                    : WebhookReceiver.Reply.never());

            List<String> created = new ArrayList<>();
            long setup = System.nanoTime();
            for (int i = 0; i < counties.size(); i++) {
                boolean slow = i % 10 == 9;
                String body = "{\"place\":\"" + counties.get(i).code()
                        + "\",\"channel\":\"webhook\",\"kinds\":[\"compliance.alert\"]," + "\"target\":\""
                        + (slow ? hanging : healthy).url("/bench") + "\"}";
                HttpResponse<String> response = http.send(
                        HttpRequest.newBuilder(URI.create(NOTIFICATIONS + "/api/v1/subscriptions"))
                                .header("Authorization", "Bearer " + admin)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 201 || !response.body().contains("\"status\":\"active\"")) {
                    throw new IllegalStateException(
                            "subscribing failed: " + response.statusCode() + " " + response.body());
                }
                created.add(response.body().replaceAll("^\\{\"id\":\"([^\"]+)\".*$", "$1"));
            }
            System.out.printf(
                    "%d subscriptions (%d to a receiver that never answers) in %.1f s%n",
                    created.size(), created.size() / 10, (System.nanoTime() - setup) / 1e9);

            AtomicLong peakRss = new AtomicLong();
            Thread sampler = rssSampler(peakRss);
            int total = rate * seconds;
            int toHealthy = 0;
            try (KafkaTestClient kafka = new KafkaTestClient(LocalSuite.kafka())) {
                Pacer pacer = new Pacer(rate);
                for (int i = 0; i < total; i++) {
                    pacer.awaitTurn(i);
                    int county = i % counties.size();
                    String township = townshipOf[county];
                    String id = "bench-" + pacer.start + "-" + i;
                    if (county % 10 != 9) {
                        sentAt.put(id, System.nanoTime());
                        toHealthy++;
                    }
                    kafka.send(KafkaCloudEvents.record(
                            new ComplianceAlert(
                                    id,
                                    AlertKind.LOW_SCORE,
                                    Severity.WARNING,
                                    township.substring(0, 6),
                                    List.of(township),
                                    2025,
                                    "bench-" + i,
                                    "基准测试",
                                    Map.of(),
                                    Instant.now()),
                            id,
                            "/benchmark",
                            Instant.now()));
                }
                System.out.printf("sent %d events in %.1f s%n", total, pacer.elapsedSeconds());
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (latencyNanos.size() < toHealthy && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            sampler.interrupt();
            Latencies delivered = Latencies.of(
                    latencyNanos.values().stream().mapToLong(Long::longValue).toArray());
            System.out.printf(
                    "event on Kafka → webhook received, %d/s for %d s, healthy receivers: %d of %d delivered;"
                            + " ms p50 %.1f  p99 %.1f  max %.1f%n",
                    rate,
                    seconds,
                    delivered.succeeded(),
                    toHealthy,
                    delivered.ms(0.50),
                    delivered.ms(0.99),
                    delivered.maxMs());
            System.out.printf(
                    "requests held by the never-answering receiver: %d; notification-service peak RSS %d MB%n",
                    hanging.requests().size(), peakRss.get() / 1024);
            hanging.release();
            for (String id : created) {
                http.send(
                        HttpRequest.newBuilder(URI.create(NOTIFICATIONS + "/api/v1/subscriptions/" + id))
                                .header("Authorization", "Bearer " + admin)
                                .DELETE()
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
            }
        }
    }

    /** Samples the resident memory (kB) of the notification-service process every 500 ms. */
    private static Thread rssSampler(AtomicLong peak) {
        long pid = ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().orElse("").contains("notification-service/target/quarkus-app"))
                .mapToLong(ProcessHandle::pid)
                .findFirst()
                .orElse(-1);
        Thread sampler = new Thread(() -> {
            while (pid > 0 && !Thread.currentThread().isInterrupted()) {
                try {
                    Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream()
                            .filter(l -> l.startsWith("VmRSS:"))
                            .findFirst()
                            .ifPresent(l -> peak.accumulateAndGet(Long.parseLong(l.replaceAll("\\D", "")), Math::max));
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    return;
                } catch (Exception e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        return sampler;
    }
}
