package io.fazhi.report.ingest;

import io.fazhi.core.identity.Group;
import io.fazhi.core.problem.ProblemType;
import io.fazhi.platform.identity.Caller;
import io.fazhi.platform.identity.PlaceAccess;
import io.fazhi.platform.places.PlaceDirectory;
import io.fazhi.platform.problem.ProblemException;
import io.fazhi.report.parse.ParseHints;
import io.fazhi.report.parse.ParsedReport;
import io.fazhi.report.parse.ReportParser;
import io.fazhi.report.publish.ReportEvents;
import io.fazhi.report.store.IdempotencyKey;
import io.fazhi.report.store.Report;
import io.fazhi.report.store.ReportCandidate;
import io.fazhi.report.store.ReportStore;
import io.fazhi.report.store.ReportVersion;
import io.fazhi.report.store.StoredParse;
import io.fazhi.report.store.StoredVersion;
import io.fazhi.report.store.VersionParse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

/**
 * Accepts a submission: checks who may submit for which township, parses it, stores it as a new
 * report or a new version of the township's report for that year, and writes the event — all in
 * one transaction, so a report is stored if and only if its event will be published.
 */
@ApplicationScoped
public class ReportSubmissions {

    @Inject
    PlaceAccess access;

    @Inject
    PlaceDirectory places;

    @Inject
    ReportParser parser;

    @Inject
    ReportEvents events;

    @Inject
    ReportReader reader;

    @Inject
    ReportStore store;

    @Inject
    StoredParse storedParse;

    @Inject
    Clock clock;

    /** Reports are dated by China's calendar: a report received at 23:30 UTC on 30 June arrived on 1 July. */
    private static final ZoneId REPORTING_ZONE = ZoneId.of("Asia/Shanghai");
    /** No township report predates the 2000s; a claimed date before this is a mistake. */
    private static final Instant EARLIEST_SUBMISSION = Instant.parse("2000-01-01T00:00:00Z");
    /** A claimed date may run this far ahead of the server's clock (the importer's clock may differ). */
    private static final java.time.Duration CLOCK_SKEW = java.time.Duration.ofMinutes(5);

    /** The stored version, and whether it was a retry of an earlier submission. */
    public record Accepted(StoredVersion stored, boolean replayed) {}

    /** A submission by the caller of this request. */
    @Transactional
    public Accepted submit(Submission submission) {
        return submit(submission, access.caller());
    }

    /**
     * A submission by a caller known apart from any request: a scan read after its request was
     * answered (202) is stored under the identity that sent it.
     */
    @Transactional
    public Accepted submit(Submission submission, Caller caller) {
        String townshipCode = township(caller, submission.townshipCode());
        String requestHash = hash(submission);
        if (submission.idempotencyKey() != null) {
            store.lockIdempotencyKey(caller.subject(), submission.idempotencyKey());
        }
        Optional<Accepted> replayed = replayed(caller, submission.idempotencyKey(), requestHash);
        if (replayed.isPresent()) {
            return replayed.get();
        }

        Instant now = clock.instant();
        Instant submittedAt = claimedSubmission(caller, submission.submittedAt(), now);
        ParsedReport parsed = parser.parse(
                submission.intake().analysisText(),
                new ParseHints(
                        townshipCode,
                        submission.year(),
                        caller.scope(),
                        submittedAt.atZone(REPORTING_ZONE).toLocalDate()));
        if (parsed.year() == null) {
            throw new ProblemException(
                    ProblemType.UNPROCESSABLE,
                    "the report names the years " + parsed.conflictingYears()
                            + " and nothing in it says which one it covers: give year");
        }
        if (parsed.year() < 2000 || parsed.year() > 2100) {
            throw ProblemException.invalid("year", "must be between 2000 and 2100, was " + parsed.year());
        }
        if (!parsed.place().resolved() && parsed.place().candidates().isEmpty()) {
            throw new ProblemException(
                    ProblemType.UNPROCESSABLE,
                    "cannot tell which township the report is from"
                            + (caller.isAdmin() ? "" : " within " + caller.place()) + ": give townshipCode");
        }
        String placePrefix = parsed.place().commonPrefix();
        PlaceAccess.require(caller, placePrefix.isEmpty() ? caller.scope() : placePrefix);

        VersionParse view = VersionParse.of(parsed, places, submission.intake().warnings());
        Report report = existing(parsed);
        boolean revision = report != null && !report.withdrawn();
        if (report == null) {
            report = new Report();
            report.id = UUID.randomUUID();
            report.townshipCode =
                    parsed.place().resolved() ? parsed.place().township().code() : null;
            report.countyCode = report.townshipCode == null ? null : report.townshipCode.substring(0, 6);
            report.placePrefix = placePrefix;
            report.year = parsed.year();
            report.currentVersion = 0;
            report.createdAt = now;
        }
        report.currentVersion++;
        report.status = Report.ACTIVE;
        report.withdrawnAt = null;
        report.updatedAt = now;
        if (!report.isPersistent()) {
            report.persist();
            if (!parsed.place().resolved()) {
                for (var candidate : parsed.place().candidates()) {
                    ReportCandidate.of(report.id, candidate.township().code()).persist();
                }
            }
        }

        ReportVersion version = new ReportVersion();
        version.reportId = report.id;
        version.version = report.currentVersion;
        version.submittedAt = submittedAt;
        version.receivedAt = now;
        version.submittedBy = caller.subject();
        version.mediaType = submission.mediaType();
        version.fileName = submission.fileName();
        version.charset = submission.intake().charset();
        version.ocrConfidence = submission.intake().ocrConfidence();
        version.original = submission.original();
        version.originalText = submission.intake().originalText();
        version.normalizedText = parsed.text();
        version.parsed = storedParse.write(view);
        version.persist();

        if (submission.idempotencyKey() != null) {
            IdempotencyKey record = new IdempotencyKey();
            record.caller = caller.subject();
            record.key = submission.idempotencyKey();
            record.requestHash = requestHash;
            record.reportId = report.id;
            record.version = version.version;
            record.createdAt = now;
            record.persist();
        }
        if (report.townshipCode != null) {
            // An unlocated report flows on (assessment, notices) once an office confirms its township.
            events.versionStored(report, version, view, revision);
        }
        return new Accepted(new StoredVersion(report, version, view), false);
    }

    /**
     * The result of an earlier submission with the same Idempotency-Key: the caller's own, so no
     * place check beyond the one it passed then; a 409 when the key was used for something else.
     */
    @Transactional
    Optional<Accepted> replayed(Caller caller, String idempotencyKey, String requestHash) {
        if (idempotencyKey == null) {
            return Optional.empty();
        }
        IdempotencyKey previous = IdempotencyKey.findById(key(caller, idempotencyKey));
        if (previous == null) {
            return Optional.empty();
        }
        requireSameRequest(idempotencyKey, previous.requestHash, requestHash);
        return Optional.of(stored(previous.reportId, previous.version, true));
    }

    /** A key reused for another submission is a 409: the key stands for the first request it came with. */
    static void requireSameRequest(String idempotencyKey, String firstHash, String requestHash) {
        if (!firstHash.equals(requestHash)) {
            throw ProblemException.conflict(
                    "Idempotency-Key " + idempotencyKey + " was used for a different submission");
        }
    }

    /** A stored version as its submitter is answered. */
    @Transactional
    Accepted stored(UUID reportId, int version, boolean replayed) {
        Report report = Report.findById(reportId);
        return new Accepted(reader.stored(report, version), replayed);
    }

    /**
     * The date a submission counts as submitted: now, or the original date an importer claims for an
     * earlier year's report. The time of receipt is the server's; nobody else may move it.
     */
    static Instant claimedSubmission(Caller caller, Instant claimed, Instant now) {
        if (claimed == null) {
            return now;
        }
        if (!caller.mayImport()) {
            throw new ProblemException(
                    ProblemType.FORBIDDEN,
                    "only an administrator or an importer may give submittedAt: "
                            + "a report counts as submitted when the suite receives it");
        }
        if (claimed.isBefore(EARLIEST_SUBMISSION) || claimed.isAfter(now.plus(CLOCK_SKEW))) {
            throw ProblemException.invalid("submittedAt", "must lie between " + EARLIEST_SUBMISSION + " and now");
        }
        return claimed;
    }

    /**
     * The township a submission is for, from the token (townships) or the request (offices), after
     * the place check; called before a scan is queued too, so a forbidden one is refused at once.
     */
    String township(Caller caller, String requested) {
        if (caller.group() == Group.TOWNSHIP) {
            if (requested != null && !requested.equals(caller.place())) {
                throw new ProblemException(
                        ProblemType.PLACE_FORBIDDEN, "a township submits only its own report, not " + requested);
            }
            return caller.place();
        }
        if (requested == null) {
            return null;
        }
        places.existingTownship(requested, "townshipCode");
        PlaceAccess.require(caller, requested);
        return requested;
    }

    /** The same township's report for the same year: a new submission is its next version. */
    private Report existing(ParsedReport parsed) {
        if (!parsed.place().resolved()) {
            return null;
        }
        return store.lockAndFind(parsed.place().township().code(), parsed.year());
    }

    private static IdempotencyKey.Key key(Caller caller, String key) {
        IdempotencyKey.Key id = new IdempotencyKey.Key();
        id.caller = caller.subject();
        id.key = key;
        return id;
    }

    /** What an Idempotency-Key stands for: the bytes and everything the caller said about them. */
    static String hash(Submission submission) {
        return hash(submission.original(), submission.townshipCode(), submission.year(), submission.submittedAt());
    }

    static String hash(byte[] original, String townshipCode, Integer year, Instant submittedAt) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(original);
            digest.update(String.valueOf(townshipCode).getBytes());
            digest.update(String.valueOf(year).getBytes());
            digest.update(String.valueOf(submittedAt).getBytes());
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
