package io.fazhi.report.store;

import io.fazhi.core.identity.Group;
import io.fazhi.platform.identity.Caller;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A scan being read by OCR after its request was answered, or how its reading ended: the caller it
 * came from (it is stored under that identity), what the caller said about it, and the original
 * until it is a version or refused.
 */
@Entity
@Table(name = "scan_submission")
public class ScanSubmission extends PanacheEntityBase {

    public static final String READING = "READING";
    public static final String STORED = "STORED";
    public static final String REFUSED = "REFUSED";

    @Id
    public UUID id;

    @Column(name = "caller_subject")
    public String callerSubject;

    @Column(name = "caller_group")
    public String callerGroup;

    @Column(name = "caller_place")
    public String callerPlace;

    @Column(name = "caller_importer")
    public boolean callerImporter;

    @Column(name = "idempotency_key")
    public String idempotencyKey;

    @Column(name = "request_hash")
    public String requestHash;

    @Column(name = "township_code")
    public String townshipCode;

    public Integer year;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "file_name")
    public String fileName;

    @Basic(fetch = FetchType.LAZY)
    public byte[] original;

    public String state;

    /** Readings begun: a scan whose reader died is read again, a few times at most. */
    public int attempts;

    /** Until when the replica reading it holds it; past this, any replica may read it again. */
    @Column(name = "lease_until")
    public Instant leaseUntil;

    @Column(name = "received_at")
    public Instant receivedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    @Column(name = "report_id")
    public UUID reportId;

    public Integer version;

    /** The refusal's problem type ({@code ProblemType} name) and detail, as the sender would have had them. */
    @Column(name = "problem_type")
    public String problemType;

    @Column(name = "problem_detail")
    public String problemDetail;

    public Caller caller() {
        return new Caller(callerSubject, Group.ofClaim(callerGroup).orElseThrow(), callerPlace, callerImporter);
    }

    public void caller(Caller caller) {
        callerSubject = caller.subject();
        callerGroup = caller.group().claim();
        callerPlace = caller.place() == null ? "" : caller.place();
        callerImporter = caller.importer();
    }
}
