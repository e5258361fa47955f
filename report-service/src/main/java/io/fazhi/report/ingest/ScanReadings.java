package io.fazhi.report.ingest;

import io.fazhi.core.problem.ProblemType;
import io.fazhi.platform.identity.Caller;
import io.fazhi.platform.problem.ProblemException;
import io.fazhi.report.extract.ExtractedText;
import io.fazhi.report.extract.TextExtractor;
import io.fazhi.report.store.ReportStore;
import io.fazhi.report.store.ScanSubmission;
import io.fazhi.report.store.ScanSubmissionStore;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Scans take seconds a page to read, so they are not read on the request's time: a scan is written
 * down first (the table is the queue, and survives the process), read by OCR on a thread of its own,
 * then stored under the identity that sent it, its events following as any report's do. The sender
 * waits a few seconds: a short scan is answered 201 as usual, a longer one 202 with a status link.
 * A reader that dies leaves its scan to the sweep of any replica once its lease runs out.
 */
@ApplicationScoped
public class ScanReadings {

    private static final Logger LOG = Logger.getLogger(ScanReadings.class);

    @Inject
    ReportSubmissions submissions;

    @Inject
    ReportsConfig reports;

    @Inject
    EntityManager em;

    @Inject
    ScanSubmissionStore scans;

    @Inject
    ReportStore reportStore;

    @Inject
    Clock clock;

    private ThreadPoolExecutor reader;
    private Semaphore largeUploads;

    /** A scan as its request brought it. */
    public record ReceivedScan(
            byte[] original,
            String fileName,
            String townshipCode,
            Integer year,
            Instant submittedAt,
            String idempotencyKey) {}

    /** A scan sent before with the same key, or the id of the one written now. */
    private record Queued(ScanSubmission earlier, UUID id) {}

    /** What the sender is told: stored (201, or a retry's answer), or still being read (202). */
    public sealed interface Answer {
        record Stored(ReportSubmissions.Accepted accepted) implements Answer {}

        record Reading(ScanSubmission scan) implements Answer {}
    }

    @PostConstruct
    void start() {
        largeUploads = new Semaphore(reports.scans().largeAtOnce());
        reader = new ThreadPoolExecutor(
                1,
                1,
                0,
                TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(reports.scans().queue()),
                r -> {
                    Thread t = new Thread(r, "scan-reader");
                    t.setDaemon(true);
                    return t;
                });
    }

    void stop(@Observes ShutdownEvent shutdown) {
        // A scan cut off here stays READING: its lease runs out and a replica reads it again.
        reader.shutdownNow();
    }

    /**
     * Checks what can be checked without reading (who for which township, a claimed date, a retry,
     * the bounds), writes the scan down, starts reading it, and answers within the configured wait.
     */
    public Answer accept(ReceivedScan scan, Caller caller) {
        submissions.township(caller, scan.townshipCode());
        ReportSubmissions.claimedSubmission(caller, scan.submittedAt(), clock.instant());
        String hash = ReportSubmissions.hash(scan.original(), scan.townshipCode(), scan.year(), scan.submittedAt());
        var replayed = submissions.replayed(caller, scan.idempotencyKey(), hash);
        if (replayed.isPresent()) {
            return new Answer.Stored(replayed.get());
        }
        // The lookup and the write are one transaction holding the key: a retry sent while the
        // first is written waits for it and finds it (a second insert of the key would be a 500).
        Queued queued = QuarkusTransaction.requiringNew().call(() -> {
            if (scan.idempotencyKey() != null) {
                reportStore.lockIdempotencyKey(caller.subject(), scan.idempotencyKey());
                Optional<ScanSubmission> earlier = scans.byKey(caller.subject(), scan.idempotencyKey());
                if (earlier.isPresent()) {
                    return new Queued(earlier.get(), null);
                }
            }
            return new Queued(null, queue(scan, caller, hash));
        });
        if (queued.earlier() != null) {
            ReportSubmissions.requireSameRequest(scan.idempotencyKey(), queued.earlier().requestHash, hash);
            return answer(queued.earlier(), true);
        }
        UUID id = queued.id();
        Future<?> reading = startReading(id, true);
        if (reading != null) {
            try {
                reading.get(reports.scans().answerWithin().toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                // Still reading: the sender follows the status link.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException e) {
                LOG.warnf(e.getCause(), "scan %s: reading failed; it is read again when its lease runs out", id);
            }
        }
        return answer(QuarkusTransaction.requiringNew().call(() -> ScanSubmission.<ScanSubmission>findById(id)), false);
    }

    /**
     * Takes in a file above the limit for documents with text (only a scan may be one) while fewer
     * than {@code large-at-once} such files are in memory; otherwise a 503 to retry in a moment.
     */
    public <T> T whileLargeUploadsAllow(Supplier<T> intake) {
        if (!largeUploads.tryAcquire()) {
            throw new ProblemException(
                    ProblemType.UNAVAILABLE,
                    reports.scans().largeAtOnce()
                            + " large scans are being taken in at this moment; retry in a few seconds");
        }
        try {
            return intake.get();
        } finally {
            largeUploads.release();
        }
    }

    /** A scan's state for the caller that sent it (or admin); anyone else is told it does not exist. */
    public ScanSubmission status(UUID id, Caller caller) {
        ScanSubmission scan = QuarkusTransaction.requiringNew().call(() -> ScanSubmission.<ScanSubmission>findById(id));
        if (scan == null || !(caller.isAdmin() || scan.callerSubject.equals(caller.subject()))) {
            throw ProblemException.notFound("no scan " + id + " sent by " + caller.subject());
        }
        return scan;
    }

    /** Scans whose reader died (their lease ran out), taken up again as far as this replica's queue has room. */
    @Scheduled(
            every = "${fazhi.reports.scans.sweep-every:30s}",
            delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        int room = reader.getQueue().remainingCapacity() + (reader.getActiveCount() == 0 ? 1 : 0);
        if (room == 0) {
            return;
        }
        List<UUID> due = QuarkusTransaction.requiringNew().call(() -> scans.leaseExpired(clock.instant(), room));
        for (UUID id : due) {
            if (startReading(id, false) == null) {
                return;
            }
        }
    }

    /** @param retry the sender sent this scan before (same Idempotency-Key): a stored one is a replay */
    private Answer answer(ScanSubmission scan, boolean retry) {
        return switch (scan.state) {
            case ScanSubmission.STORED -> new Answer.Stored(submissions.stored(scan.reportId, scan.version, retry));
            case ScanSubmission.REFUSED ->
                throw new ProblemException(ProblemType.valueOf(scan.problemType), scan.problemDetail);
            default -> new Answer.Reading(scan);
        };
    }

    private UUID queue(ReceivedScan received, Caller caller, String hash) {
        long mine = scans.readingFor(caller.subject());
        if (mine >= reports.scans().readingPerCaller()) {
            throw new ProblemException(
                    ProblemType.TOO_MANY_REQUESTS,
                    mine + " scans you sent are still being read;"
                            + " wait for them (their status links) before sending more");
        }
        if (scans.reading() >= reports.scans().readingAtMost()) {
            throw new ProblemException(
                    ProblemType.UNAVAILABLE, "too many scans are waiting to be read; retry in a few minutes");
        }
        Instant now = clock.instant();
        ScanSubmission scan = new ScanSubmission();
        scan.id = UUID.randomUUID();
        scan.caller(caller);
        scan.idempotencyKey = received.idempotencyKey();
        scan.requestHash = hash;
        scan.townshipCode = received.townshipCode();
        scan.year = received.year();
        scan.submittedAt = received.submittedAt();
        scan.fileName = received.fileName();
        scan.original = received.original();
        scan.state = ScanSubmission.READING;
        // Its own reader starts it at once; should that reader die first, the sweep takes it up soon.
        scan.leaseUntil = now.plusSeconds(60);
        scan.receivedAt = now;
        scan.persist();
        return scan.id;
    }

    /** The reading on this replica's reader, or null when its queue is full (the sweep takes the scan up later). */
    private Future<?> startReading(UUID id, boolean justQueued) {
        try {
            return reader.submit(() -> read(id, justQueued));
        } catch (RejectedExecutionException e) {
            if (justQueued) {
                QuarkusTransaction.requiringNew().run(() -> scans.releaseLease(id, clock.instant()));
            }
            return null;
        }
    }

    private void read(UUID id, boolean justQueued) {
        byte[] original = QuarkusTransaction.requiringNew().call(() -> claim(id, justQueued));
        if (original == null) {
            return;
        }
        try {
            ExtractedText intake = TextExtractor.readScan(original);
            QuarkusTransaction.requiringNew().run(() -> store(id, original, intake));
        } catch (ProblemException refused) {
            QuarkusTransaction.requiringNew().run(() -> refuse(id, refused.type(), refused.getMessage()));
        }
    }

    /** The scan's bytes once this reader holds it; null when it is finished or another reader holds it. */
    private byte[] claim(UUID id, boolean justQueued) {
        ScanSubmission scan = em.find(ScanSubmission.class, id, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        if (scan == null
                || !ScanSubmission.READING.equals(scan.state)
                || (!justQueued && scan.leaseUntil.isAfter(now))) {
            return null;
        }
        if (scan.attempts >= reports.scans().attempts()) {
            finish(scan, now);
            scan.state = ScanSubmission.REFUSED;
            scan.problemType = ProblemType.UNPROCESSABLE.name();
            scan.problemDetail = "the scan stopped its reader " + scan.attempts + " times and is not read again:"
                    + " submit the original document, or the scan in smaller parts";
            return null;
        }
        scan.attempts++;
        scan.leaseUntil = now.plus(reports.scans().lease());
        return scan.original;
    }

    private void store(UUID id, byte[] original, ExtractedText intake) {
        ScanSubmission scan = em.find(ScanSubmission.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (!ScanSubmission.READING.equals(scan.state)) {
            return;
        }
        ReportSubmissions.Accepted accepted = submissions.submit(
                new Submission(
                        original,
                        intake.mediaType(),
                        scan.fileName,
                        intake,
                        scan.townshipCode,
                        scan.year,
                        scan.submittedAt,
                        scan.idempotencyKey),
                scan.caller());
        finish(scan, clock.instant());
        scan.state = ScanSubmission.STORED;
        scan.reportId = accepted.stored().report().id;
        scan.version = accepted.stored().report().currentVersion;
    }

    private void refuse(UUID id, ProblemType type, String detail) {
        ScanSubmission scan = em.find(ScanSubmission.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (!ScanSubmission.READING.equals(scan.state)) {
            return;
        }
        finish(scan, clock.instant());
        scan.state = ScanSubmission.REFUSED;
        scan.problemType = type.name();
        scan.problemDetail = detail;
    }

    /** The original is kept by its version (or was refused): the queue row keeps only the outcome. */
    private static void finish(ScanSubmission scan, Instant now) {
        scan.finishedAt = now;
        scan.original = null;
    }
}
