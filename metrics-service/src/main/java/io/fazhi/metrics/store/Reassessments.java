package io.fazhi.metrics.store;

import io.fazhi.events.EventJson;
import io.fazhi.events.ReportSnapshot;
import io.fazhi.metrics.publish.AssessmentEvents;
import io.fazhi.metrics.score.Assessment;
import io.fazhi.metrics.score.Assessor;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Scores a place's current reports again from the versions their events carried — after a change
 * of checklist or due dates — and publishes the new {@code report.assessed}. Alerts are not raised
 * again: the county was told when the report arrived.
 */
@ApplicationScoped
public class Reassessments {

    @Inject
    Assessor assessor;

    @Inject
    Assessments assessments;

    @Inject
    AssessmentEvents events;

    /** Returns how many assessments were renewed. */
    @Transactional
    public int reassess(String prefix, Integer year) {
        String query = "status = 'current' and snapshot is not null and placePrefix like :prefix" + (year == null ? "" : " and year = :year");
        Parameters params = Parameters.with("prefix", prefix + "%");
        if (year != null) {
            params = params.and("year", year);
        }
        List<AssessmentRecord> current = AssessmentRecord.list(query, params);
        for (AssessmentRecord record : current) {
            ReportSnapshot snapshot = EventJson.read(record.snapshot.getBytes(StandardCharsets.UTF_8), ReportSnapshot.class);
            Assessment fresh = assessor.assess(snapshot).withReuse(List.of());
            assessments.replace(record, fresh);
            if (fresh.townshipCode() != null) {
                events.reassessed(fresh);
            }
        }
        return current.size();
    }
}
