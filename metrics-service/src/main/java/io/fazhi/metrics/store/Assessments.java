package io.fazhi.metrics.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.fazhi.events.ReportSnapshot;
import io.fazhi.metrics.score.Assessment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Stores assessments: a new version supersedes the report's earlier ones, whose history stays. */
@ApplicationScoped
public class Assessments {

    @Inject
    ObjectMapper json;

    @Inject
    AgroalDataSource dataSource;

    /** Whether a later version of the report is assessed already (versions may arrive out of order after a replay). */
    public boolean laterVersionAssessed(String reportId, int version) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement("SELECT 1 FROM assessment WHERE report_id = ? AND version > ? LIMIT 1")) {
            select.setString(1, reportId);
            select.setInt(2, version);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the assessments of report " + reportId, e);
        }
    }

    /** In the caller's transaction. */
    public AssessmentRecord store(Assessment assessment, ReportSnapshot snapshot) {
        setStatus(assessment.reportId(), AssessmentRecord.SUPERSEDED);
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
        record.snapshot = write(snapshot);
        replace(record, assessment);
        record.persist();
        return record;
    }

    /** Replaces the scores of a stored assessment with a fresh assessment of the same version. */
    public void replace(AssessmentRecord record, Assessment assessment) {
        record.score = BigDecimal.valueOf(assessment.score());
        record.daysLate = assessment.timeliness().daysLate();
        record.missingContents = String.join(",", assessment.requiredContents().missing());
        record.checklistId = assessment.checklistId();
        record.checklistVersion = assessment.checklistVersion();
        record.checklistHash = assessment.checklistHash();
        record.body = write(assessment);
        record.partScores = write(assessment.partScores());
        record.assessedAt = assessment.assessedAt();
    }

    /** A withdrawn report's assessments no longer count; they stay readable. */
    public int withdraw(String reportId) {
        return setStatus(reportId, AssessmentRecord.WITHDRAWN);
    }

    /**
     * Plain SQL rather than a Panache update: these run for every event, and Hibernate translated
     * the HQL to SQL anew each time (a fifth of the consumer's CPU in a profile).
     */
    private int setStatus(String reportId, String status) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement update = c.prepareStatement("UPDATE assessment SET status = ? WHERE report_id = ? AND status = ?")) {
            update.setString(1, status);
            update.setString(2, reportId);
            update.setString(3, AssessmentRecord.CURRENT);
            return update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot set the status of report " + reportId, e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise the assessment", e);
        }
    }
}
