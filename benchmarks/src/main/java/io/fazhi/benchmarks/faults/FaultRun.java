package io.fazhi.benchmarks.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fazhi.benchmarks.LocalSuite;
import io.fazhi.local.DevTokens;
import io.fazhi.local.SuiteControl;
import io.fazhi.local.WebhookReceiver;
import io.fazhi.platform.places.PlaceDirectory;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Nothing lost, nothing twice: townships submit, revise and withdraw reports through the gateway of
 * the running local suite while, in turn, report-service, metrics-service and notification-service
 * are killed with SIGKILL and started again, the Kafka broker is stopped and started, and
 * PostgreSQL crashes and recovers. Afterwards every version answered 201 must be stored once, with
 * one report event, one assessment and its alerts once, and every event must be in the office's
 * inbox once and delivered to its webhook once; what was refused must have left nothing.
 *
 * <p>Arguments: [actions per second, default 20] [seconds between faults, default 10]. Loopback
 * only: the webhook receiver listens on 127.0.0.2, so the suite must run with
 * {@code FAZHI_WEBHOOKS_ALLOWED_PRIVATE_TARGETS=127.0.0.2}. Prints the counts, ends with one line
 * {@code RESULT {json}} and exits 1 when a count is not exact.
 */
public final class FaultRun {

    /** A city with 149 townships in five counties: 745 township-years to submit for. */
    private static final String CITY = "1404";

    private static final List<String[]> FAULTS = List.of(
            new String[] {"kill", "report-service"},
            new String[] {"kill", "metrics-service"},
            new String[] {"kill", "notification-service"},
            new String[] {"restart", "kafka"},
            new String[] {"restart", "postgres"});
    private static final Duration SETTLE = Duration.ofMinutes(5);

    private FaultRun() {}

    public static void main(String[] args) throws Exception {
        int rate = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int gapSeconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Path data = LocalSuite.data();
        String gateway = "http://localhost:" + LocalSuite.env("GATEWAY_PORT", "8080");
        String jdbcBase = "jdbc:postgresql://localhost:" + LocalSuite.postgresPort() + "/";
        ObjectMapper json = new ObjectMapper();

        PatientClient client = new PatientClient(gateway);
        try (WebhookReceiver receiver = WebhookReceiver.start("127.0.0.2")) {
            String subscription = subscribe(client, json, receiver);
            Timestamp since = PipelineAudit.now(jdbcBase);
            TownshipTraffic traffic = new TownshipTraffic(client, new PlaceDirectory().townshipsUnder(CITY));

            List<String> faults = new ArrayList<>();
            AtomicBoolean faultsDone = new AtomicBoolean();
            long start = System.nanoTime();
            Thread injector = new Thread(
                    () -> {
                        try {
                            for (String[] fault : FAULTS) {
                                Thread.sleep(gapSeconds * 1000L);
                                String outcome = SuiteControl.request(data, fault[0], fault[1]);
                                faults.add(String.format("at %.0f s: %s", (System.nanoTime() - start) / 1e9, outcome));
                                System.out.println("fault: " + faults.get(faults.size() - 1));
                            }
                            Thread.sleep(gapSeconds * 1000L);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        } catch (RuntimeException e) {
                            faults.add("failed: " + e.getMessage());
                            System.out.println("fault failed: " + e.getMessage());
                        } finally {
                            faultsDone.set(true);
                        }
                    },
                    "fault-injector");
            injector.start();

            long interval = 1_000_000_000L / rate;
            for (int i = 0; !faultsDone.get(); i++) {
                long wait = start + i * interval - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
                traffic.next();
            }
            traffic.finish();
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(
                    "traffic: %d actions in %.0f s (%d/s offered): %d versions accepted, %d withdrawals, %d refused %s,"
                            + " %d without a final answer; %d retries, %d server errors%n",
                    traffic.actions.get(),
                    seconds,
                    rate,
                    traffic.acceptedVersions.size(),
                    traffic.withdrawn.size(),
                    traffic.refused(),
                    traffic.refusedByStatus,
                    traffic.unanswered.get(),
                    client.retries.get(),
                    client.serverErrors.get());
            traffic.surprises.stream().limit(10).forEach(s -> System.out.println("surprise: " + s));

            PipelineAudit audit = new PipelineAudit(jdbcBase, LocalSuite.kafka(), since, CITY, subscription, receiver);
            PipelineAudit.Counts counts = settle(audit, traffic);
            print(counts);
            boolean faultsOk = faults.size() == FAULTS.size() && faults.stream().noneMatch(f -> f.startsWith("failed"));
            boolean clean =
                    traffic.surprises.isEmpty() && traffic.unanswered.get() == 0 && client.serverErrors.get() == 0;
            System.out.println("RESULT "
                    + json.writeValueAsString(new Result(
                            faults,
                            traffic.actions.get(),
                            traffic.acceptedVersions.size(),
                            traffic.withdrawn.size(),
                            traffic.refused(),
                            traffic.unanswered.get(),
                            client.retries.get(),
                            client.serverErrors.get(),
                            traffic.surprises.size(),
                            counts,
                            faultsOk && clean && counts.exact())));
            System.exit(faultsOk && clean && counts.exact() ? 0 : 1);
        }
    }

    /** What the run printed last, for a test to read. */
    record Result(
            List<String> faults,
            int actions,
            int versionsAccepted,
            int withdrawals,
            int refused,
            int unanswered,
            int retries,
            int serverErrors,
            int surprises,
            PipelineAudit.Counts counts,
            boolean exact) {}

    private static PipelineAudit.Counts settle(PipelineAudit audit, TownshipTraffic traffic) throws Exception {
        long deadline = System.nanoTime() + SETTLE.toNanos();
        PipelineAudit.Counts counts = audit.count(traffic);
        while (!counts.settled() && System.nanoTime() < deadline) {
            Thread.sleep(3000);
            counts = audit.count(traffic);
        }
        return counts;
    }

    /** A city office's inbox and webhook for every kind of notice. */
    private static String subscribe(PatientClient client, ObjectMapper json, WebhookReceiver receiver)
            throws Exception {
        String office = DevTokens.mint("city-office", CITY);
        String id = null;
        for (String body : List.of(
                "{\"place\":\"" + CITY + "\",\"channel\":\"inbox\",\"kinds\":[\"*\"],\"minSeverity\":\"info\"}",
                "{\"place\":\"" + CITY
                        + "\",\"channel\":\"webhook\",\"kinds\":[\"*\"],\"minSeverity\":\"info\",\"target\":\""
                        + receiver.url("/faults") + "\"}")) {
            HttpResponse<String> response =
                    client.send(HttpRequest.newBuilder(URI.create(client.gateway() + "/api/v1/subscriptions"))
                            .header("Authorization", "Bearer " + office)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build());
            JsonNode created = response.statusCode() == 201 ? json.readTree(response.body()) : null;
            if (created == null || !"active".equals(created.path("status").asText())) {
                throw new IllegalStateException("subscribing failed (is the suite running with"
                        + " FAZHI_WEBHOOKS_ALLOWED_PRIVATE_TARGETS=127.0.0.2?): " + response.statusCode() + " "
                        + response.body());
            }
            id = created.path("id").asText();
        }
        return id;
    }

    private static void print(PipelineAudit.Counts c) {
        System.out.printf(
                "stored: %d of %d versions (%d missing, %d not answered 201); %d of %d withdrawals%n",
                c.versionsStored(),
                c.versionsExpected(),
                c.versionsMissing(),
                c.versionsExtra(),
                c.withdrawalsStored(),
                c.withdrawalsExpected());
        System.out.printf(
                "reports.v1: %d of %d events once (%d twice, %d unexpected); records repeating a ce_id on any topic: %d%n",
                c.reportEventsOnce(),
                c.reportEventsExpected(),
                c.reportEventsTwice(),
                c.reportEventsUnexpected(),
                c.recordsRepeated());
        System.out.printf(
                "assessments: %d of %d versions stored once, report.assessed once for %d (%d twice); alerts %d (%d twice)%n",
                c.assessmentsStored(),
                c.versionsExpected(),
                c.assessedEventsOnce(),
                c.assessedEventsTwice(),
                c.alerts(),
                c.alertsTwice());
        System.out.printf(
                "inbox: %d of %d events once (%d missing); webhook: %d delivered once (%d missing), receiver got %d ids"
                        + " in %d requests (%d repeated under the same webhook-id)%n",
                c.inboxOnce(),
                c.events(),
                c.inboxMissing(),
                c.deliveriesDelivered(),
                c.deliveriesMissing(),
                c.webhookIdsReceived(),
                c.webhookRequests(),
                c.webhookRequests() - c.webhookIdsReceived());
        System.out.println(c.exact() ? "verdict: nothing lost, nothing twice" : "verdict: NOT EXACT");
    }
}
