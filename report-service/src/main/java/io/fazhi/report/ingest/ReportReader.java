package io.fazhi.report.ingest;

import io.fazhi.core.identity.Group;
import io.fazhi.core.problem.ProblemType;
import io.fazhi.platform.api.PageOf;
import io.fazhi.platform.identity.Caller;
import io.fazhi.platform.identity.PlaceAccess;
import io.fazhi.platform.problem.ProblemException;
import io.fazhi.report.publish.ReportEvents;
import io.fazhi.report.store.Report;
import io.fazhi.report.store.ReportStore;
import io.fazhi.report.store.ReportVersion;
import io.fazhi.report.store.StoredParse;
import io.fazhi.report.store.StoredVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Reads and withdraws reports, each after the place check. A report outside the caller's
 * jurisdiction answers 404, as if it did not exist: its id reveals nothing.
 */
@ApplicationScoped
public class ReportReader {

    @Inject
    PlaceAccess access;

    @Inject
    ReportStore store;

    @Inject
    StoredParse storedParse;

    @Inject
    ReportEvents events;

    @Inject
    Clock clock;

    @Transactional
    public StoredVersion current(UUID id) {
        Report report = visible(id);
        return stored(report, report.currentVersion);
    }

    @Transactional
    public StoredVersion version(UUID id, int number) {
        return stored(visible(id), number);
    }

    @Transactional
    public List<StoredVersion> versions(UUID id) {
        Report report = visible(id);
        return store.versions(report.id).stream().map(v -> stored(report, v)).toList();
    }

    @Transactional
    public ReportVersion original(UUID id, int number) {
        Report report = visible(id);
        ReportVersion version = version(report, number);
        version.original.getClass(); // load the lazy bytes inside the transaction
        return version;
    }

    /** The text of a version as the parser read it: what section and evidence offsets index into. */
    @Transactional
    public String text(UUID id, int number) {
        return version(visible(id), number).normalizedText;
    }

    /**
     * @param needsTownship only the reports whose township is still to be confirmed, when true
     */
    @Transactional
    public PageOf<StoredVersion> list(String place, Integer year, boolean needsTownship, int page, int size) {
        Caller caller = access.caller();
        if (place != null) {
            access.require(place);
        }
        return store.under(
                        place == null ? caller.scope() : place, year, needsTownship, seesCandidates(caller), page, size)
                .map(r -> stored(r, r.currentVersion));
    }

    @Transactional
    public StoredVersion withdraw(UUID id, String reason) {
        Report report = visible(id);
        Caller caller = access.caller();
        if (!caller.isAdmin() && !caller.place().equals(report.townshipCode)) {
            throw new ProblemException(
                    ProblemType.FORBIDDEN, "only the township itself or an administrator withdraws a report");
        }
        if (report.withdrawn()) {
            throw ProblemException.conflict("report " + id + " is already withdrawn");
        }
        report.status = Report.WITHDRAWN;
        report.withdrawnAt = clock.instant();
        report.updatedAt = report.withdrawnAt;
        if (report.townshipCode != null) {
            // An unlocated report published nothing, so its withdrawal has nothing to take back downstream.
            events.withdrawn(report, report.withdrawnAt, reason);
        }
        return stored(report, report.currentVersion);
    }

    /**
     * The report, after the place check: the caller covers its place, or (an office) one of the
     * townships an unlocated report may be from. Anything else is 404, as if it did not exist.
     */
    Report visible(UUID id) {
        Report report = Report.findById(id);
        Caller caller = access.caller();
        if (report == null || !(PlaceAccess.allows(caller, report.placePrefix) || coversACandidate(caller, report))) {
            throw ProblemException.notFound("no report " + id);
        }
        return report;
    }

    private boolean coversACandidate(Caller caller, Report report) {
        return report.townshipCode == null
                && seesCandidates(caller)
                && store.candidates(report.id).stream().anyMatch(code -> PlaceAccess.allows(caller, code));
    }

    /**
     * An office sees the unlocated reports that may be from a township it covers, to confirm one;
     * a township never sees another township's text because it shares a name with it.
     */
    private static boolean seesCandidates(Caller caller) {
        return caller.group() != Group.TOWNSHIP;
    }

    ReportVersion version(Report report, int number) {
        return store.version(report.id, number)
                .orElseThrow(() -> ProblemException.notFound("report " + report.id + " has no version " + number));
    }

    /** A version with its parse, read back from what was stored. */
    StoredVersion stored(Report report, int number) {
        return stored(report, version(report, number));
    }

    private StoredVersion stored(Report report, ReportVersion version) {
        return new StoredVersion(report, version, storedParse.read(version.parsed));
    }
}
