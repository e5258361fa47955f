package io.fazhi.benchmarks.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A government system that submits as the API asks: every submission carries an Idempotency-Key,
 * and an answer that did not come (connection refused or reset, timeout) or a 502/503/504 is
 * retried with the same key until the suite gives a final one. A 500 is counted, never expected.
 */
final class PatientClient {

    /** A final answer: the status, and for a stored version its report id and number. */
    record Answer(int status, String reportId, int version, String body) {}

    private static final Duration GIVE_UP = Duration.ofMinutes(4);

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(3))
            .build();
    private final ObjectMapper json = new ObjectMapper();
    private final String gateway;
    /** Attempts that got no final answer and were sent again. */
    final AtomicInteger retries = new AtomicInteger();
    /** Answers 500 (or any 5xx but 502–504): a defect, whatever the fault. */
    final AtomicInteger serverErrors = new AtomicInteger();

    PatientClient(String gateway) {
        this.gateway = gateway;
    }

    String gateway() {
        return gateway;
    }

    Answer submit(String token, Map<String, Object> body) throws InterruptedException {
        byte[] bytes;
        try {
            bytes = json.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(gateway + "/api/v1/reports"))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
                .build();
        return untilFinal(request);
    }

    Answer withdraw(String token, String reportId) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(gateway + "/api/v1/reports/" + reportId + "?reason=fault-run"))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .DELETE()
                .build();
        return untilFinal(request);
    }

    HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private Answer untilFinal(HttpRequest request) throws InterruptedException {
        long deadline = System.nanoTime() + GIVE_UP.toNanos();
        long pause = 200;
        while (true) {
            try {
                HttpResponse<String> response = send(request);
                int status = response.statusCode();
                if (status < 500) {
                    return answer(status, response.body());
                }
                if (status != 502 && status != 503 && status != 504) {
                    serverErrors.incrementAndGet();
                }
            } catch (IOException noAnswer) {
                // Refused, reset or timed out: the request may or may not have been stored; the key decides.
            }
            if (System.nanoTime() > deadline) {
                return new Answer(-1, null, 0, "no final answer after " + GIVE_UP);
            }
            retries.incrementAndGet();
            Thread.sleep(pause);
            pause = Math.min(pause * 2, 3000);
        }
    }

    private Answer answer(int status, String body) {
        if (status / 100 != 2) {
            return new Answer(status, null, 0, body);
        }
        try {
            JsonNode view = json.readTree(body);
            return new Answer(
                    status, view.path("id").asText(null), view.path("version").asInt(), body);
        } catch (IOException e) {
            return new Answer(status, null, 0, body);
        }
    }
}
