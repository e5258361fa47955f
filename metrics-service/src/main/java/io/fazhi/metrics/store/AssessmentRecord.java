package io.fazhi.metrics.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/** A stored assessment of one report version; {@code body} is the whole assessment as JSON. */
@Entity
@Table(name = "assessment")
@IdClass(AssessmentRecord.Key.class)
public class AssessmentRecord extends PanacheEntityBase {

    public static final String CURRENT = "current";
    public static final String SUPERSEDED = "superseded";
    public static final String WITHDRAWN = "withdrawn";

    @Id
    @Column(name = "report_id")
    public String reportId;

    @Id
    public int version;

    @Column(name = "township_code")
    public String townshipCode;

    @Column(name = "county_code")
    public String countyCode;

    @Column(name = "place_prefix")
    public String placePrefix;

    public int year;

    public BigDecimal score;

    @Column(name = "days_late")
    public int daysLate;

    @Column(name = "missing_contents")
    public String missingContents;

    @Column(name = "checklist_id")
    public String checklistId;

    @Column(name = "checklist_version")
    public String checklistVersion;

    @Column(name = "checklist_hash")
    public String checklistHash;

    public String status;

    /** Score per checklist part, as JSON: roll-ups aggregate it in SQL. */
    @Column(name = "part_scores", columnDefinition = "jsonb")
    @org.hibernate.annotations.JdbcTypeCode(org.hibernate.type.SqlTypes.JSON)
    public String partScores;

    /** How many other townships' reports share passages with this one. */
    @Column(name = "reuse_matches")
    public int reuseMatches;

    public String body;

    /** The report version as its event carried it (ReportSnapshot JSON): what re-assessment re-reads. */
    public String snapshot;

    @Column(name = "assessed_at")
    public Instant assessedAt;

    /** The composite primary key. */
    public static class Key implements Serializable {
        public String reportId;
        public int version;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(reportId, k.reportId) && version == k.version;
        }

        @Override
        public int hashCode() {
            return Objects.hash(reportId, version);
        }
    }
}
