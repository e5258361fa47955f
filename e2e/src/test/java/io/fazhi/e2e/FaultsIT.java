package io.fazhi.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code benchmarks/run faults} as anyone runs it, against the suite {@code deploy/local/suite up}
 * starts: townships submit, revise and withdraw while report-service, metrics-service and
 * notification-service are killed with SIGKILL, the broker is stopped and PostgreSQL crashes, each
 * in turn. Its counts must be exact: nothing lost, nothing twice, nothing left by what was refused.
 */
class FaultsIT {

    // JUnit removes it after the suite is down.
    @TempDir
    static Path data;

    @Test
    void nothingIsLostAndNothingHappensTwiceWhileThePartsOfTheSuiteDie() throws Exception {
        JsonNode result;
        try (RunningSuite suite =
                RunningSuite.up(data, Map.of("FAZHI_WEBHOOKS_ALLOWED_PRIVATE_TARGETS", "127.0.0.2"))) {
            Path output = data.resolve("faults.out");
            // 5 actions a second, a fault every 4 s after the one before is back: a CI-sized run of a few minutes.
            ProcessBuilder run = new ProcessBuilder(
                            suite.root.resolve("benchmarks/run").toString(), "faults", "5", "4")
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile());
            run.environment().put("SUITE_DATA", data.toString());
            run.environment().put("GATEWAY_PORT", Integer.toString(suite.ports.get("GATEWAY_PORT")));
            Process faults = run.start();
            boolean finished = faults.waitFor(15, TimeUnit.MINUTES);
            String printed = Files.readString(output);
            System.out.println(printed);
            assertThat(finished).as("the fault run ended:\n" + printed).isTrue();
            List<String> lines =
                    printed.lines().filter(l -> l.startsWith("RESULT ")).toList();
            assertThat(lines).as(printed).hasSize(1);
            result = new ObjectMapper().readTree(lines.get(0).substring("RESULT ".length()));
        }

        assertThat(result.get("faults"))
                .extracting(JsonNode::asText)
                .satisfiesExactly(
                        f -> assertThat(f).contains("report-service killed (SIGKILL"),
                        f -> assertThat(f).contains("metrics-service killed (SIGKILL"),
                        f -> assertThat(f).contains("notification-service killed (SIGKILL"),
                        f -> assertThat(f).contains("kafka restarted"),
                        f -> assertThat(f).contains("postgres restarted"));
        // The callers: every action got a final answer, refusals were refusals, no 500.
        assertThat(result.get("versionsAccepted").asInt()).isGreaterThan(200);
        assertThat(result.get("withdrawals").asInt()).isPositive();
        assertThat(result.get("refused").asInt()).isPositive();
        assertThat(result.get("unanswered").asInt()).isZero();
        assertThat(result.get("serverErrors").asInt()).isZero();
        assertThat(result.get("surprises").asInt())
                .as("answers nobody should get")
                .isZero();

        JsonNode c = result.get("counts");
        int versions = c.get("versionsExpected").asInt();
        assertThat(versions).isEqualTo(result.get("versionsAccepted").asInt());
        assertThat(c.get("versionsStored").asInt())
                .as("versions answered 201 and stored")
                .isEqualTo(versions);
        assertThat(c.get("versionsMissing").asInt()).isZero();
        assertThat(c.get("versionsExtra").asInt())
                .as("versions stored that no caller was told of")
                .isZero();
        assertThat(c.get("withdrawalsStored").asInt())
                .isEqualTo(result.get("withdrawals").asInt());
        assertThat(c.get("reportEventsExpected").asInt())
                .isEqualTo(versions + result.get("withdrawals").asInt());
        assertThat(c.get("reportEventsOnce").asInt())
                .as("report.* events, one per version and withdrawal")
                .isEqualTo(c.get("reportEventsExpected").asInt());
        assertThat(c.get("reportEventsTwice").asInt()).isZero();
        assertThat(c.get("reportEventsUnexpected").asInt()).isZero();
        assertThat(c.get("assessmentsStored").asInt())
                .as("one assessment per version")
                .isEqualTo(versions);
        assertThat(c.get("assessedEventsOnce").asInt()).isEqualTo(versions);
        assertThat(c.get("assessedEventsTwice").asInt()).isZero();
        assertThat(c.get("alerts").asInt()).isGreaterThanOrEqualTo(versions); // every report is late in 2026
        assertThat(c.get("alertsTwice").asInt()).isZero();
        int events = c.get("events").asInt();
        assertThat(events)
                .isEqualTo(c.get("reportEventsExpected").asInt()
                        + versions
                        + c.get("alerts").asInt());
        assertThat(c.get("inboxOnce").asInt()).as("inbox items, one per event").isEqualTo(events);
        assertThat(c.get("inboxMissing").asInt()).isZero();
        assertThat(c.get("deliveriesDelivered").asInt())
                .as("webhook deliveries, one per event")
                .isEqualTo(events);
        assertThat(c.get("deliveriesMissing").asInt()).isZero();
        assertThat(c.get("webhookIdsReceived").asInt())
                .as("every event reached the receiver")
                .isEqualTo(events);
        assertThat(result.get("exact").asBoolean()).isTrue();
    }
}
