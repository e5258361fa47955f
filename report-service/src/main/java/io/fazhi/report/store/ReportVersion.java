package io.fazhi.report.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** One submitted version of a report, byte for byte, with its parse. */
@Entity
@Table(name = "report_version")
@IdClass(ReportVersion.Key.class)
public class ReportVersion extends PanacheEntityBase {

    @Id
    @Column(name = "report_id")
    public UUID reportId;

    @Id
    public int version;

    /** The date counted for timeliness: the time of receipt, or the original date an importer gave. */
    @Column(name = "submitted_at")
    public Instant submittedAt;

    /** When the suite received this version: always the server's clock. */
    @Column(name = "received_at")
    public Instant receivedAt;

    @Column(name = "submitted_by")
    public String submittedBy;

    @Column(name = "media_type")
    public String mediaType;

    @Column(name = "file_name")
    public String fileName;

    public String charset;

    /** The OCR engine's mean confidence (0–100) when the text was read from a scan; null otherwise. */
    @Column(name = "ocr_confidence")
    public Double ocrConfidence;

    @Basic(fetch = FetchType.LAZY)
    public byte[] original;

    @Column(name = "original_text")
    public String originalText;

    @Column(name = "normalized_text")
    public String normalizedText;

    /** The parsed structure as JSON: {@code ParsedView}. */
    public String parsed;

    /** The composite primary key. */
    public static class Key implements Serializable {
        public UUID reportId;
        public int version;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k
                    && java.util.Objects.equals(reportId, k.reportId)
                    && java.util.Objects.equals(version, k.version);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(reportId, version);
        }
    }
}
