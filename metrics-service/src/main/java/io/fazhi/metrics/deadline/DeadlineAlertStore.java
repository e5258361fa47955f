package io.fazhi.metrics.deadline;

import io.fazhi.events.AlertKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashSet;
import java.util.Set;

/**
 * Every query of the {@code deadline_alert} table, which remembers the alerts raised (once per
 * county, kind and year), and the one read of the assessments the watch needs: who submitted.
 */
@ApplicationScoped
public class DeadlineAlertStore {

    @Inject
    EntityManager em;

    /** Townships under a prefix with a current assessment of the year's report. */
    @SuppressWarnings("unchecked")
    public Set<String> submittedTownships(String prefix, int year) {
        return new HashSet<>(em.createNativeQuery(
                        "SELECT township_code FROM assessment WHERE status = 'current' AND year = :year AND township_code LIKE :prefix")
                .setParameter("year", year)
                .setParameter("prefix", prefix + "%")
                .getResultList());
    }

    /** Records the alert in the caller's transaction; false when it was raised before. */
    public boolean firstTime(String county, AlertKind kind, int year) {
        return em.createNativeQuery("""
                        INSERT INTO deadline_alert (county_code, kind, year, raised_at) VALUES (:county, :kind, :year, now())
                        ON CONFLICT DO NOTHING""")
                        .setParameter("county", county)
                        .setParameter("kind", kind.wire())
                        .setParameter("year", year)
                        .executeUpdate()
                == 1;
    }
}
