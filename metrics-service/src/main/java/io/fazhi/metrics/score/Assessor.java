package io.fazhi.metrics.score;

import io.fazhi.events.ReportSnapshot;
import io.fazhi.metrics.checklist.Checklist;
import io.fazhi.metrics.checklist.ChecklistRegistry;
import io.fazhi.metrics.deadline.DueDates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;

/**
 * Assesses a report version from the event that carries it — never by calling report-service —
 * against the checklist of its place (the default one plus local extensions) and the due date of
 * its place.
 */
@ApplicationScoped
public class Assessor {

    /** The default checklist of the 2021–2025 plan, for township reports. */
    public static final String DEFAULT_CHECKLIST = ChecklistRegistry.DEFAULT_CHECKLIST;
    public static final String INDICATOR_KINDS = ChecklistRegistry.INDICATOR_KINDS;

    @Inject
    ChecklistRegistry checklists;

    @Inject
    DueDates dueDates;

    @Inject
    Clock clock;

    public Checklist checklist() {
        return checklists.base();
    }

    public Assessment assess(ReportSnapshot report) {
        String township = report.township() == null ? null : report.township().code();
        return checklists.engineFor(township).assess(report, dueDates.dueFor(township, report.year()), clock.instant());
    }
}
