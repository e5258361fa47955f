package io.fazhi.report.ingest;

import io.fazhi.report.store.Report;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;
import org.hibernate.Session;

/** One report per township and year: the lock and lookup every write that names a township takes. */
final class TownshipYear {

    private TownshipYear() {
    }

    /**
     * Locks the township's year for the rest of the transaction and returns its report, or null.
     * Two first submissions for one township and year at once: the second waits and becomes
     * version 2; a confirmation waits for a submission in flight and sees it.
     */
    static Report lockAndFind(EntityManager em, String townshipCode, int year) {
        // Plain JDBC on the session's connection: on every submission, Hibernate's query handling
        // cost more CPU than the two statements. Two statements, because the lookup must see what
        // a transaction that held the lock before us committed.
        UUID id = em.unwrap(Session.class).doReturningWork(c -> {
            try (PreparedStatement lock = c.prepareStatement("SELECT pg_advisory_xact_lock(hashtext(?))")) {
                lock.setString(1, townshipCode + ":" + year);
                lock.execute();
            }
            try (PreparedStatement find = c.prepareStatement("SELECT id FROM report WHERE township_code = ? AND year = ?")) {
                find.setString(1, townshipCode);
                find.setInt(2, year);
                try (ResultSet rs = find.executeQuery()) {
                    return rs.next() ? rs.getObject(1, UUID.class) : null;
                }
            }
        });
        return id == null ? null : Report.findById(id);
    }
}
