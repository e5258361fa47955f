package io.fazhi.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fazhi.importer.files.ContentHash;
import io.fazhi.importer.files.ReportFile;
import io.fazhi.importer.files.ReportFiles;
import io.fazhi.importer.files.Sidecar;
import io.fazhi.importer.progress.Progress;
import io.fazhi.importer.results.ImportResult;
import io.fazhi.importer.results.Outcome;
import io.fazhi.importer.results.ResultSpool;
import io.fazhi.importer.results.Summary;
import io.fazhi.importer.send.Answer;
import io.fazhi.importer.send.ClaimedDate;
import io.fazhi.importer.send.GatewayClient;
import io.fazhi.importer.send.ImportStopped;
import io.fazhi.importer.send.Submission;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One run of the importer: every file sent (several at once, a bounded number waiting), then the
 * assessments of the stored ones read, each result spooled to disk as it comes.
 */
final class SeasonImport {

    /** How often an assessment not there yet is looked for again. */
    private static final Duration ASSESSMENT_POLL = Duration.ofMillis(500);

    private final ImportOptions options;
    private final GatewayClient gateway;
    private final ObjectMapper json;
    private final Progress progress;
    private final Summary summary = new Summary();
    /** Files being sent now, by key: a copy under another name waits for the first, then is a replay. */
    private final ConcurrentHashMap<String, CountDownLatch> sending = new ConcurrentHashMap<>();

    private final AtomicReference<ImportStopped> stopped = new AtomicReference<>();

    SeasonImport(ImportOptions options, GatewayClient gateway, ObjectMapper json, Progress progress) {
        this.options = options;
        this.gateway = gateway;
        this.json = json;
        this.progress = progress;
    }

    Summary summary() {
        return summary;
    }

    /** Sends every file, then reads the assessments; the results end in {@code results}. */
    void run(ReportFiles files, long count, ResultSpool results) throws InterruptedException {
        try (ResultSpool sent = new ResultSpool(json)) {
            progress.stage("Sending", count);
            inParallel(each -> files.forEach(file -> each.accept(() -> {
                ImportResult result = send(file);
                sent.add(result);
                progress.done(result);
            })));
            long stored = countAwaitingAssessment(sent);
            Instant deadline = Instant.now().plus(options.assessmentWait());
            progress.stage("Assessed", stored);
            inParallel(each -> {
                try {
                    sent.forEach(result -> each.accept(() -> {
                        ImportResult scored = result.awaitsAssessment() ? scored(result, deadline) : result;
                        if (result.awaitsAssessment()) {
                            progress.done(scored);
                        }
                        summary.add(scored);
                        results.add(scored);
                    }));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        } finally {
            progress.close();
        }
        ImportStopped reason = stopped.get();
        if (reason != null) {
            throw reason;
        }
    }

    private static long countAwaitingAssessment(ResultSpool sent) throws InterruptedException {
        long[] n = {0};
        sent.forEach(r -> n[0] += r.awaitsAssessment() ? 1 : 0);
        return n[0];
    }

    /** A task that may wait on the network. */
    private interface Task {
        void run() throws InterruptedException;
    }

    /** Runs the tasks {@code feed} gives on {@code --parallel} threads, at most that many more waiting. */
    private void inParallel(java.util.function.Consumer<java.util.function.Consumer<Task>> feed)
            throws InterruptedException {
        int parallel = options.parallel();
        Semaphore room = new Semaphore(parallel * 2);
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        try {
            feed.accept(task -> {
                if (stopped.get() != null) {
                    return;
                }
                room.acquireUninterruptibly();
                pool.execute(() -> {
                    try {
                        task.run();
                    } catch (ImportStopped e) {
                        stopped.compareAndSet(null, e);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } finally {
                        room.release();
                    }
                });
            });
            room.acquire(parallel * 2);
        } finally {
            pool.shutdownNow();
        }
    }

    private ImportResult send(ReportFile file) throws InterruptedException {
        Submission submission;
        try {
            submission = submission(file);
        } catch (IOException | IllegalArgumentException e) {
            return ImportResult.refused(file.shown(), new ImportResult.Problem(0, "Not sent", e.getMessage()));
        }
        String key = submission.idempotencyKey(gateway.target());
        CountDownLatch mine = new CountDownLatch(1);
        CountDownLatch first;
        while ((first = sending.putIfAbsent(key, mine)) != null) {
            first.await();
        }
        try {
            return result(file, gateway.submit(submission, key));
        } finally {
            sending.remove(key);
            mine.countDown();
        }
    }

    /** The fields for one file: its sidecar first, then the command's options. */
    private Submission submission(ReportFile file) throws IOException {
        Sidecar sidecar = Sidecar.of(file.path(), json);
        Instant submittedAt = ClaimedDate.parse(sidecar.submittedAt());
        if (submittedAt == null) {
            submittedAt = options.submittedAt();
        }
        if (submittedAt == null && options.fileDates()) {
            submittedAt = Files.getLastModifiedTime(file.path()).toInstant();
        }
        return new Submission(
                file,
                sidecar.townshipCode() != null ? sidecar.townshipCode() : options.townshipCode(),
                sidecar.year() != null ? sidecar.year() : options.year(),
                submittedAt,
                ContentHash.of(file.path()));
    }

    private static ImportResult result(ReportFile file, Answer answer) {
        if (answer instanceof Answer.Refused refused) {
            return ImportResult.refused(file.shown(), refused.problem());
        }
        Answer.Stored stored = (Answer.Stored) answer;
        JsonNode view = stored.view();
        int version = view.path("version").asInt();
        Outcome outcome = stored.replayed() ? Outcome.UNCHANGED : version > 1 ? Outcome.REVISED : Outcome.ACCEPTED;
        JsonNode township = view.path("township");
        return new ImportResult(
                file.shown(),
                outcome,
                township.isObject() ? township.path("name").asText() : null,
                township.isObject() ? township.path("code").asText() : null,
                view.path("year").isInt() ? view.path("year").asInt() : null,
                null,
                texts(view.path("missingContents")),
                texts(view.path("warnings")),
                view.path("id").asText(),
                version,
                view.path("needsTownship").asBoolean(),
                view.path("needsTownship").asBoolean()
                        ? texts(view.path("placeCandidates").findValues("code"))
                        : List.of(),
                view.path("submittedAt").asText(null),
                null);
    }

    /** The texts of a JSON array (a missing field is an empty one), or of the values found. */
    private static List<String> texts(Iterable<JsonNode> values) {
        List<String> texts = new ArrayList<>();
        values.forEach(n -> texts.add(n.asText()));
        return texts;
    }

    /** The result with its assessment's score, once metrics-service has it (or as it is at the deadline). */
    private ImportResult scored(ImportResult result, Instant deadline) throws InterruptedException {
        while (true) {
            var assessment = gateway.assessment(result.reportId(), result.version());
            if (assessment.isPresent()) {
                return result.scored(assessment.get().path("score").asDouble());
            }
            if (Instant.now().isAfter(deadline)) {
                return result;
            }
            Thread.sleep(ASSESSMENT_POLL.toMillis());
        }
    }
}
