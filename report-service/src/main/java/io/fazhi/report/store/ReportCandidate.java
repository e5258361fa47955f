package io.fazhi.report.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** A township an unlocated report may be from; gone once its township is confirmed. */
@Entity
@Table(name = "report_candidate")
@IdClass(ReportCandidate.Key.class)
public class ReportCandidate extends PanacheEntityBase {

    @Id
    @Column(name = "report_id")
    public UUID reportId;

    @Id
    @Column(name = "township_code")
    public String townshipCode;

    public static ReportCandidate of(UUID reportId, String townshipCode) {
        ReportCandidate candidate = new ReportCandidate();
        candidate.reportId = reportId;
        candidate.townshipCode = townshipCode;
        return candidate;
    }

    /** The composite primary key. */
    public static class Key implements Serializable {
        public UUID reportId;
        public String townshipCode;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k
                    && Objects.equals(reportId, k.reportId)
                    && Objects.equals(townshipCode, k.townshipCode);
        }

        @Override
        public int hashCode() {
            return Objects.hash(reportId, townshipCode);
        }
    }
}
