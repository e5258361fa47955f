package io.fazhi.report.store;

import io.fazhi.platform.api.PageOf;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Every query of the {@code report}, {@code report_version} and {@code report_candidate} tables
 * (a report, its versions, and the townships an unlocated report may be from). Rows are added
 * and changed through their entities; what needs a query is here.
 */
@ApplicationScoped
public class ReportStore {

    @Inject
    EntityManager em;

    /**
     * Holds, until the transaction ends, the caller's Idempotency-Key: a retry sent while the first
     * request is still being stored (a report, or a scan written down to be read) waits for it and
     * then finds it, instead of storing it a second time (or failing on the key's unique index). The two-key advisory lock space (namespace
     * 1) never meets the township-year locks of {@link #lockAndFind}.
     */
    public void lockIdempotencyKey(String caller, String key) {
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement lock = c.prepareStatement("SELECT pg_advisory_xact_lock(1, hashtext(?))")) {
                lock.setString(1, caller + "\n" + key);
                lock.execute();
            }
        });
    }

    /**
     * Locks the township's year for the rest of the transaction and returns its report, or null.
     * Two first submissions for one township and year at once: the second waits and becomes
     * version 2; a confirmation waits for a submission in flight and sees it.
     */
    public Report lockAndFind(String townshipCode, int year) {
        // Plain JDBC on the session's connection: on every submission, Hibernate's query handling
        // cost more CPU than the two statements. Two statements, because the lookup must see what
        // a transaction that held the lock before us committed.
        UUID id = em.unwrap(Session.class).doReturningWork(c -> {
            try (PreparedStatement lock = c.prepareStatement("SELECT pg_advisory_xact_lock(hashtext(?))")) {
                lock.setString(1, townshipCode + ":" + year);
                lock.execute();
            }
            try (PreparedStatement find =
                    c.prepareStatement("SELECT id FROM report WHERE township_code = ? AND year = ?")) {
                find.setString(1, townshipCode);
                find.setInt(2, year);
                try (ResultSet rs = find.executeQuery()) {
                    return rs.next() ? rs.getObject(1, UUID.class) : null;
                }
            }
        });
        return id == null ? null : Report.findById(id);
    }

    /** One version of a report. */
    public Optional<ReportVersion> version(UUID reportId, int number) {
        ReportVersion.Key key = new ReportVersion.Key();
        key.reportId = reportId;
        key.version = number;
        return ReportVersion.findByIdOptional(key);
    }

    /** Every version of a report, first first. */
    public List<ReportVersion> versions(UUID reportId) {
        return ReportVersion.list("reportId", Sort.ascending("version"), reportId);
    }

    /**
     * One page of reports under a place prefix, of one year and only unlocated ones when asked;
     * with {@code andCandidates}, also the unlocated reports that may be from a township under it.
     */
    public PageOf<Report> under(
            String prefix, Integer year, boolean onlyUnlocated, boolean andCandidates, int page, int size) {
        String where = !andCandidates
                ? "placePrefix like :prefix"
                : "(placePrefix like :prefix or (townshipCode is null and id in "
                        + "(select c.reportId from ReportCandidate c where c.townshipCode like :prefix)))";
        String query =
                where + (year == null ? "" : " and year = :year") + (onlyUnlocated ? " and townshipCode is null" : "");
        Parameters params = Parameters.with("prefix", prefix.replace("%", "") + "%");
        if (year != null) {
            params = params.and("year", year);
        }
        var found = Report.<Report>find(query, Sort.by("placePrefix").and("year"), params)
                .page(Page.of(page, size));
        return new PageOf<>(found.list(), page, size, found.count());
    }

    /** The townships an unlocated report may be from. */
    public List<String> candidates(UUID reportId) {
        return ReportCandidate.<ReportCandidate>list("reportId", reportId).stream()
                .map(c -> c.townshipCode)
                .toList();
    }

    /** Whether the report's text named this township among its candidates. */
    public boolean isCandidate(UUID reportId, String townshipCode) {
        return ReportCandidate.count("reportId = ?1 and townshipCode = ?2", reportId, townshipCode) > 0;
    }

    /** The report is located: its candidates go. */
    public void clearCandidates(UUID reportId) {
        ReportCandidate.delete("reportId", reportId);
    }
}
