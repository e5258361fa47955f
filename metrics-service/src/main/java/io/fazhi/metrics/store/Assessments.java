package io.fazhi.metrics.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fazhi.events.ReportSnapshot;
import io.fazhi.metrics.score.Assessment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;

/** Stores assessments: a new version supersedes the report's earlier ones, whose history stays. */
@ApplicationScoped
public class Assessments {

    @Inject
    ObjectMapper json;

    /** In the caller's transaction. */
    public AssessmentRecord store(Assessment assessment, ReportSnapshot snapshot) {
        AssessmentRecord.update("status = ?1 where reportId = ?2 and status = ?3",
                AssessmentRecord.SUPERSEDED, assessment.reportId(), AssessmentRecord.CURRENT);
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
        return AssessmentRecord.update("status = ?1 where reportId = ?2 and status = ?3",
                AssessmentRecord.WITHDRAWN, reportId, AssessmentRecord.CURRENT);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise the assessment", e);
        }
    }
}
