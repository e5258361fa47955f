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
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One run of the importer: every file sent (several at once, a bounded number waiting) and the
 * score of each stored one read as it is assessed, each result spooled to disk once it is final.
 */
final class SeasonImport {

    /** A report is usually assessed within a second of being stored: the first look waits that long. */
    private static final Duration FIRST_LOOK = Duration.ofSeconds(1);
    /** How often a score not there yet is looked for again. */
    private static final Duration LOOK_AGAIN = Duration.ofSeconds(1);
    /** Reports waiting for their score, per file sent at once, before sending waits for them. */
    private static final int SCORES_WAITING_PER_SENDER = 16;

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

    /**
     * Sends every file and, as each is stored, looks for its score; a result is spooled once it is
     * final. Both stages are bounded (files waiting to be sent, reports waiting for a score), so a
     * suite that assesses slowly holds the sending back instead of filling the importer's memory.
     */
    void run(ReportFiles files, long count, ResultSpool results) throws InterruptedException {
        int parallel = options.parallel();
        Semaphore sendRoom = new Semaphore(parallel * 2);
        Semaphore scoreRoom = new Semaphore(parallel * SCORES_WAITING_PER_SENDER);
        ExecutorService senders = Executors.newFixedThreadPool(parallel);
        ScheduledExecutorService scorers = Executors.newScheduledThreadPool(Math.max(2, parallel / 2));
        progress.stage("Importing", count);
        try {
            files.forEach(file -> {
                if (stopped.get() != null) {
                    return;
                }
                sendRoom.acquireUninterruptibly();
                senders.execute(() -> {
                    try {
                        ImportResult sent = send(file);
                        if (sent.awaitsAssessment() && !options.assessmentWait().isZero()) {
                            scoreRoom.acquire();
                            Instant deadline = Instant.now().plus(options.assessmentWait());
                            scorers.schedule(
                                    new Scoring(sent, deadline, scorers, scoreRoom, results),
                                    FIRST_LOOK.toMillis(),
                                    TimeUnit.MILLISECONDS);
                        } else {
                            finish(sent, results);
                        }
                    } catch (ImportStopped e) {
                        stopped.compareAndSet(null, e);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } catch (RuntimeException e) {
                        finish(ImportResult.notSent(file.shown(), String.valueOf(e)), results);
                    } finally {
                        sendRoom.release();
                    }
                });
            });
            sendRoom.acquire(parallel * 2);
            scoreRoom.acquire(parallel * SCORES_WAITING_PER_SENDER);
        } finally {
            senders.shutdownNow();
            scorers.shutdownNow();
            progress.close();
        }
        ImportStopped reason = stopped.get();
        if (reason != null) {
            throw reason;
        }
    }

    private void finish(ImportResult result, ResultSpool results) {
        summary.add(result);
        results.add(result);
        progress.done(result);
    }

    /**
     * Looks for one stored report's score, and again a little later while it is not there: a report
     * waiting for its assessment holds no thread.
     */
    private final class Scoring implements Runnable {

        private final ImportResult sent;
        private final Instant deadline;
        private final ScheduledExecutorService scorers;
        private final Semaphore room;
        private final ResultSpool results;

        Scoring(
                ImportResult sent,
                Instant deadline,
                ScheduledExecutorService scorers,
                Semaphore room,
                ResultSpool results) {
            this.sent = sent;
            this.deadline = deadline;
            this.scorers = scorers;
            this.room = room;
            this.results = results;
        }

        @Override
        public void run() {
            ImportResult result = sent;
            try {
                Optional<Double> score = gateway.score(sent.code(), sent.year(), sent.reportId(), sent.version());
                if (score.isEmpty() && Instant.now().isBefore(deadline) && stopped.get() == null) {
                    scorers.schedule(this, LOOK_AGAIN.toMillis(), TimeUnit.MILLISECONDS);
                    return;
                }
                result = score.map(sent::scored).orElse(sent);
            } catch (ImportStopped e) {
                stopped.compareAndSet(null, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                // No score in its line; the report is stored all the same.
            }
            finish(result, results);
            room.release();
        }
    }

    private ImportResult send(ReportFile file) throws InterruptedException {
        Submission submission;
        try {
            submission = submission(file);
        } catch (IOException | IllegalArgumentException e) {
            return ImportResult.notSent(file.shown(), e.getMessage());
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
}
