package io.fazhi.report.ingest;

import io.fazhi.platform.api.PageOf;
import io.fazhi.platform.identity.Caller;
import io.fazhi.platform.identity.Group;
import io.fazhi.platform.identity.PlaceAccess;
import io.fazhi.platform.problem.ProblemException;
import io.fazhi.report.api.ReportView;
import io.fazhi.report.store.Report;
import io.fazhi.report.store.ReportCandidate;
import io.fazhi.report.store.ReportVersion;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
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
    StoredParse storedParse;

    @Inject
    io.fazhi.report.publish.ReportEvents events;

    @Inject
    Clock clock;

    @Transactional
    public ReportView current(UUID id) {
        Report report = visible(id);
        return view(report, version(report, report.currentVersion));
    }

    @Transactional
    public ReportView version(UUID id, int number) {
        Report report = visible(id);
        return view(report, version(report, number));
    }

    @Transactional
    public List<ReportView> versions(UUID id) {
        Report report = visible(id);
        return ReportVersion.<ReportVersion>list("reportId", Sort.ascending("version"), report.id).stream()
                .map(v -> view(report, v)).toList();
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
    public PageOf<ReportView> list(String place, Integer year, boolean needsTownship, int page, int size) {
        Caller caller = access.caller();
        String prefix = place == null ? caller.scope() : place;
        if (place != null) {
            access.require(place);
        }
        // An office sees the unlocated reports that may be from a township it covers; a township
        // never sees another township's text because it shares a name with it.
        String where = caller.group() == Group.TOWNSHIP ? "placePrefix like :prefix"
                : "(placePrefix like :prefix or (townshipCode is null and id in "
                        + "(select c.reportId from ReportCandidate c where c.townshipCode like :prefix)))";
        String query = where + (year == null ? "" : " and year = :year") + (needsTownship ? " and townshipCode is null" : "");
        Parameters params = Parameters.with("prefix", prefix.replace("%", "") + "%");
        if (year != null) {
            params = params.and("year", year);
        }
        var found = Report.<Report>find(query, Sort.by("placePrefix").and("year"), params).page(Page.of(page, size));
        List<ReportView> items = found.list().stream().map(r -> view(r, version(r, r.currentVersion))).toList();
        return new PageOf<>(items, page, size, found.count());
    }

    @Transactional
    public ReportView withdraw(UUID id, String reason) {
        Report report = visible(id);
        Caller caller = access.caller();
        if (!caller.isAdmin() && !caller.place().equals(report.townshipCode)) {
            throw new ProblemException(io.fazhi.platform.problem.ProblemType.FORBIDDEN,
                    "only the township itself or an administrator withdraws a report");
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
        return view(report, version(report, report.currentVersion));
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

    private static boolean coversACandidate(Caller caller, Report report) {
        return report.townshipCode == null && caller.group() != Group.TOWNSHIP
                && ReportCandidate.<ReportCandidate>list("reportId", report.id).stream()
                        .anyMatch(c -> PlaceAccess.allows(caller, c.townshipCode));
    }

    static ReportVersion version(Report report, int number) {
        ReportVersion version = ReportVersion.findById(ReportSubmissions.versionKey(report.id, number));
        if (version == null) {
            throw ProblemException.notFound("report " + report.id + " has no version " + number);
        }
        return version;
    }

    ReportView view(Report report, ReportVersion version) {
        return ReportView.of(report, version, storedParse.read(version.parsed));
    }
}
