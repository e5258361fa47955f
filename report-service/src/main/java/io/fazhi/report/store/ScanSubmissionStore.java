package io.fazhi.report.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Every query of the {@code scan_submission} table, the queue of scans waiting to be read. */
@ApplicationScoped
public class ScanSubmissionStore {

    @Inject
    EntityManager em;

    /** The scan a caller sent earlier with this Idempotency-Key. */
    public Optional<ScanSubmission> byKey(String callerSubject, String idempotencyKey) {
        return ScanSubmission.<ScanSubmission>find(
                        "callerSubject = ?1 and idempotencyKey = ?2", callerSubject, idempotencyKey)
                .firstResultOptional();
    }

    /** Scans of one caller still being read. */
    public long readingFor(String callerSubject) {
        return ScanSubmission.count("state = ?1 and callerSubject = ?2", ScanSubmission.READING, callerSubject);
    }

    /** Scans still being read, of every caller. */
    public long reading() {
        return ScanSubmission.count("state", ScanSubmission.READING);
    }

    /** Scans whose reader's lease ran out (it died, or never started), oldest first. */
    public List<UUID> leaseExpired(Instant now, int limit) {
        return em.createQuery(
                        "select s.id from ScanSubmission s where s.state = :reading and s.leaseUntil < :now"
                                + " order by s.receivedAt",
                        UUID.class)
                .setParameter("reading", ScanSubmission.READING)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList();
    }

    /** Ends a scan's lease now, so the next sweep takes it up. */
    public void releaseLease(UUID id, Instant now) {
        ScanSubmission.update("leaseUntil = ?1 where id = ?2", now, id);
    }
}
