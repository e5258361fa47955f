package io.fazhi.metrics.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import io.fazhi.events.EventJson;
import io.fazhi.events.ReportSnapshot;
import io.fazhi.metrics.score.Assessment;
import io.fazhi.platform.api.PageOf;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Every query of the {@code assessment} table that writes it or reads single assessments: a new
 * version supersedes the report's earlier ones, whose history stays. (Roll-ups read it in
 * aggregate: {@code RollupStore}.)
 */
@ApplicationScoped
public class AssessmentStore {

    @Inject
    ObjectMapper json;

    @Inject
    AgroalDataSource dataSource;

    private ObjectMapper bodies;

    @PostConstruct
    void init() {
        bodies = EvidenceTexts.leftOut(json);
    }

    /**
     * Of these report versions, the reports of which a later version is assessed already (versions
     * may arrive out of order after a replay).
     */
    public Set<String> laterVersionsAssessed(List<ReportSnapshot> versions) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement select = c.prepareStatement("""
                     SELECT DISTINCT a.report_id FROM assessment a
                       JOIN unnest(?::text[], ?::int[]) AS v(report_id, version) ON a.report_id = v.report_id AND a.version > v.version""")) {
            select.setArray(
                    1,
                    c.createArrayOf(
                            "text",
                            versions.stream().map(ReportSnapshot::reportId).toArray()));
            select.setArray(
                    2,
                    c.createArrayOf(
                            "integer",
                            versions.stream().map(ReportSnapshot::version).toArray()));
            Set<String> later = new HashSet<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    later.add(rs.getString(1));
                }
            }
            return later;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the assessments of " + versions.size() + " report(s)", e);
        }
    }

    /** An assessment and the report version it assesses. */
    public record Assessed(Assessment assessment, ReportSnapshot snapshot) {}

    /** In the caller's transaction; a report's earlier assessments are superseded. */
    public void storeAll(List<Assessed> assessed) {
        setStatus(assessed.stream().map(a -> a.assessment().reportId()).toList(), AssessmentRecord.SUPERSEDED);
        for (Assessed one : assessed) {
            Assessment assessment = one.assessment();
            AssessmentRecord record = new AssessmentRecord();
            record.reportId = assessment.reportId();
            record.version = assessment.version();
            record.townshipCode = assessment.townshipCode();
            record.countyCode = assessment.countyCode();
            // An unresolved township is visible to admins only until report-service resolves it.
            record.placePrefix = assessment.townshipCode() == null ? "" : assessment.townshipCode();
            record.year = assessment.year();
            record.status = AssessmentRecord.CURRENT;
            record.reuseMatches = assessment.reuse().size();
            record.snapshot = write(json, one.snapshot());
            replace(record, assessment);
            record.persist();
        }
        // Now, in one batch: the next statements of this transaction are plain SQL, which sees only
        // what Hibernate has written (a later version in the same poll supersedes these).
        AssessmentRecord.flush();
    }

    /** Replaces the scores of a stored assessment with a fresh assessment of the same version. */
    public void replace(AssessmentRecord record, Assessment assessment) {
        record.score = BigDecimal.valueOf(assessment.score());
        record.daysLate = assessment.timeliness().daysLate();
        record.missingContents = String.join(",", assessment.requiredContents().missing());
        record.checklistId = assessment.checklistId();
        record.checklistVersion = assessment.checklistVersion();
        record.checklistHash = assessment.checklistHash();
        record.body = write(bodies, assessment);
        record.partScores = write(json, assessment.partScores());
        record.assessedAt = assessment.assessedAt();
    }

    /** A stored assessment as the API shows it: its body, with its evidence texts and its status. */
    public ObjectNode view(AssessmentRecord record) {
        try {
            ObjectNode body = (ObjectNode) json.readTree(record.body);
            if (record.snapshot != null) {
                EvidenceTexts.restore(
                        body, json.readTree(record.snapshot).path("text").asText());
            }
            body.put("status", record.status);
            return body;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the assessment of " + record.reportId, e);
        }
    }

    /** The assessment of a report's latest version, whatever its status. */
    public Optional<AssessmentRecord> latest(String reportId) {
        return AssessmentRecord.<AssessmentRecord>find("reportId", Sort.descending("version"), reportId)
                .firstResultOptional();
    }

    /** One page of the current assessments under a place prefix, of one year when given. */
    public PageOf<AssessmentRecord> current(String prefix, Integer year, int page, int size) {
        var found = AssessmentRecord.<AssessmentRecord>find(
                        currentUnder(prefix, year, ""),
                        Sort.by("placePrefix").and("year"),
                        currentParameters(prefix, year))
                .page(Page.of(page, size));
        return new PageOf<>(found.list(), page, size, found.count());
    }

    /** A current assessment with the report version its event carried. */
    public record Current(AssessmentRecord record, ReportSnapshot snapshot) {}

    /** Every current assessment under a place prefix (of one year when given) that kept its report version. */
    public List<Current> currentWithSnapshots(String prefix, Integer year) {
        List<AssessmentRecord> records = AssessmentRecord.list(
                currentUnder(prefix, year, " and snapshot is not null"), currentParameters(prefix, year));
        return records.stream()
                .map(r -> new Current(
                        r, EventJson.read(r.snapshot.getBytes(StandardCharsets.UTF_8), ReportSnapshot.class)))
                .toList();
    }

    private static String currentUnder(String prefix, Integer year, String more) {
        return "status = 'current' and placePrefix like :prefix" + (year == null ? "" : " and year = :year") + more;
    }

    private static Parameters currentParameters(String prefix, Integer year) {
        Parameters params = Parameters.with("prefix", prefix + "%");
        return year == null ? params : params.and("year", year);
    }

    /** A withdrawn report's assessments no longer count; they stay readable. */
    public int withdraw(String reportId) {
        return setStatus(List.of(reportId), AssessmentRecord.WITHDRAWN);
    }

    /**
     * Plain SQL rather than a Panache update: these run for every event, and Hibernate translated
     * the HQL to SQL anew each time (a fifth of the consumer's CPU in a profile).
     */
    private int setStatus(List<String> reportIds, String status) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement update = c.prepareStatement(
                        "UPDATE assessment SET status = ? WHERE report_id = ANY (?) AND status = ?")) {
            update.setString(1, status);
            update.setArray(2, c.createArrayOf("text", reportIds.toArray()));
            update.setString(3, AssessmentRecord.CURRENT);
            return update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot set the status of reports " + reportIds, e);
        }
    }

    private static String write(ObjectMapper mapper, Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise the assessment", e);
        }
    }
}
