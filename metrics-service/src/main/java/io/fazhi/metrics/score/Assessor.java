package io.fazhi.metrics.score;

import io.fazhi.events.ReportSnapshot;
import io.fazhi.metrics.checklist.Checklist;
import io.fazhi.metrics.checklist.ChecklistLoader;
import io.fazhi.metrics.deadline.DueDates;
import io.fazhi.metrics.indicators.IndicatorExtractor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;

/**
 * Assesses a report version from the event that carries it — never by calling report-service —
 * against the default checklist, with the due date of its place.
 */
@ApplicationScoped
public class Assessor {

    /** The default checklist of the 2021–2025 plan, for township reports. */
    public static final String DEFAULT_CHECKLIST = "/checklists/plan-2021-2025.yaml";
    public static final String INDICATOR_KINDS = "/indicators.yaml";

    private final AssessmentEngine engine = new AssessmentEngine(ChecklistLoader.fromResource(DEFAULT_CHECKLIST),
            IndicatorExtractor.fromResource(INDICATOR_KINDS));

    @Inject
    DueDates dueDates;

    @Inject
    Clock clock;

    public Checklist checklist() {
        return engine.checklist();
    }

    public Assessment assess(ReportSnapshot report) {
        String township = report.township() == null ? null : report.township().code();
        return engine.assess(report, dueDates.dueFor(township, report.year()), clock.instant());
    }
}
