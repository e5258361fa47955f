package io.fazhi.importer.send;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fazhi.importer.results.ImportResult;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The suite's API as the importer uses it, through the gateway: submit a file (multipart), follow a
 * scan until it is read, read an assessment. The JDK's HTTP client: nothing to add for plain HTTP/1.1
 * with a streamed body.
 */
public final class GatewayClient {

    /** A scan (up to 40 MB) may take this long to upload and be answered. */
    private static final Duration REQUEST_TIMEOUT = Duration.ofMinutes(5);
    /** The service's own wait for a scan's status is 10 s; an importer need not wait longer between looks. */
    private static final Duration LONGEST_SCAN_POLL = Duration.ofSeconds(10);

    private final HttpClient http;
    private final URI gateway;
    private final String authorization;
    private final ObjectMapper json;
    private final Patience patience;

    public GatewayClient(URI gateway, String token, ObjectMapper json, Patience patience) {
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        this.gateway = gateway;
        this.authorization = "Bearer " + token;
        this.json = json;
        this.patience = patience;
    }

    /** The gateway's address, as the idempotency keys name their target. */
    public String target() {
        return gateway.toString();
    }

    /** Sends one file; a scan is followed until it is stored or refused. */
    public Answer submit(Submission submission, String idempotencyKey) throws InterruptedException {
        HttpResponse<byte[]> response = withPatience(() -> {
            MultipartBody body = new MultipartBody()
                    .field("townshipCode", submission.townshipCode())
                    .field("year", submission.year())
                    .field("submittedAt", submission.submittedAt());
            return HttpRequest.newBuilder(gateway.resolve("/api/v1/reports"))
                    .timeout(REQUEST_TIMEOUT)
                    .header("Authorization", authorization)
                    .header("Idempotency-Key", idempotencyKey)
                    .header("Content-Type", body.contentType())
                    .POST(body.withFile(
                            submission.file().path(), submission.file().mediaType()))
                    .build();
        });
        return switch (response.statusCode()) {
            case 201 ->
                new Answer.Stored(
                        read(response),
                        response.headers()
                                .firstValue("Idempotent-Replayed")
                                .map("true"::equalsIgnoreCase)
                                .orElse(false));
            case 202 -> followScan(read(response).path("statusUrl").asText(), response);
            default -> refused(response);
        };
    }

    /**
     * The score of a report once it is assessed at {@code version} or later: the one-line list of
     * the township's year ({@code GET /api/v1/assessments?place=&year=}), not the full assessment
     * with its evidence, which a season's import would fetch a thousand times.
     */
    public Optional<Double> score(String townshipCode, int year, String reportId, int version)
            throws InterruptedException {
        HttpResponse<byte[]> response =
                withPatience(() -> get("/api/v1/assessments?place=" + townshipCode + "&year=" + year + "&size=10"));
        if (response.statusCode() != 200) {
            return Optional.empty();
        }
        for (JsonNode item : read(response).path("items")) {
            if (item.path("reportId").asText().equals(reportId)
                    && item.path("version").asInt() >= version) {
                return Optional.of(item.path("score").asDouble());
            }
        }
        return Optional.empty();
    }

    private Answer followScan(String statusUrl, HttpResponse<byte[]> accepted) throws InterruptedException {
        HttpResponse<byte[]> last = accepted;
        while (true) {
            Duration pause = patience.pause(1, Patience.retryAfter(last));
            Thread.sleep(Math.min(pause.toMillis(), LONGEST_SCAN_POLL.toMillis()));
            last = withPatience(() -> get(statusUrl));
            if (last.statusCode() != 200) {
                return refused(last);
            }
            JsonNode status = read(last);
            switch (status.path("state").asText()) {
                case "stored" -> {
                    HttpResponse<byte[]> report =
                            withPatience(() -> get(status.path("reportUrl").asText() + "/versions/"
                                    + status.path("version").asInt()));
                    return report.statusCode() == 200 ? new Answer.Stored(read(report), false) : refused(report);
                }
                case "refused" -> {
                    JsonNode problem = status.path("problem");
                    return new Answer.Refused(new ImportResult.Problem(
                            problem.path("status").asInt(422),
                            problem.path("title").asText("Refused"),
                            problem.path("detail").asText(null)));
                }
                default -> {
                    // still reading
                }
            }
        }
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(gateway.resolve(path))
                .timeout(REQUEST_TIMEOUT)
                .header("Authorization", authorization)
                .header("Accept", "application/json")
                .GET()
                .build();
    }

    /** A request that is built afresh for each try (a file body is read again from disk). */
    private interface RequestMaker {
        HttpRequest make() throws IOException;
    }

    /**
     * Sends until the answer is not a transient one, waiting as {@link Patience} says; a dropped
     * connection through every try stops the run, a 401 stops it at once.
     */
    private HttpResponse<byte[]> withPatience(RequestMaker request) throws InterruptedException {
        for (int attempt = 1; ; attempt++) {
            HttpResponse<byte[]> response;
            try {
                response = http.send(request.make(), HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException e) {
                if (attempt >= patience.attempts()) {
                    throw new ImportStopped("the gateway at " + gateway + " did not answer (" + describe(e) + ") after "
                            + attempt + " tries");
                }
                Thread.sleep(patience.pause(attempt, OptionalLong.empty()).toMillis());
                continue;
            }
            if (response.statusCode() == 401) {
                throw new ImportStopped("the gateway refused the token (401): "
                        + problemOf(response).detail() + "; give a valid one with --token or FAZHI_TOKEN");
            }
            if (!Patience.transientStatus(response.statusCode()) || attempt >= patience.attempts()) {
                return response;
            }
            Thread.sleep(patience.pause(attempt, Patience.retryAfter(response)).toMillis());
        }
    }

    private static String describe(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private Answer refused(HttpResponse<byte[]> response) {
        return new Answer.Refused(problemOf(response));
    }

    /** The RFC 9457 problem of an answer, or its status in words when it has none (a proxy's HTML page). */
    private ImportResult.Problem problemOf(HttpResponse<byte[]> response) {
        try {
            JsonNode problem = json.readTree(response.body());
            if (problem != null && problem.hasNonNull("title")) {
                return new ImportResult.Problem(
                        response.statusCode(),
                        problem.path("title").asText(),
                        problem.hasNonNull("detail") ? problem.path("detail").asText() : null);
            }
        } catch (IOException notJson) {
            // fall through: say the status
        }
        return new ImportResult.Problem(response.statusCode(), "HTTP " + response.statusCode(), null);
    }

    private JsonNode read(HttpResponse<byte[]> response) {
        try {
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new ImportStopped("the gateway at " + gateway + " answered " + response.statusCode()
                    + " with a body that is not JSON: is --url the suite's gateway?");
        }
    }
}
