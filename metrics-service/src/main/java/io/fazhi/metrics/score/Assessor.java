package io.fazhi.metrics.score;

import io.fazhi.events.ReportSnapshot;
import io.fazhi.metrics.checklist.Checklist;
import io.fazhi.metrics.checklist.ChecklistRegistry;
import io.fazhi.metrics.deadline.DueDates;
import io.fazhi.metrics.indicators.IndicatorExtractor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Assesses a report version from the event that carries it — never by calling report-service —
 * against the checklist of its place (the default one plus local extensions) and the due date of
 * its place.
 */
@ApplicationScoped
public class Assessor {

    /** The default checklist of the 2021–2025 plan, for township reports. */
    public static final String DEFAULT_CHECKLIST = ChecklistRegistry.DEFAULT_CHECKLIST;
    /** The kinds of number read from reports. */
    public static final String INDICATOR_KINDS = "/indicators.yaml";

    private final IndicatorExtractor indicators = IndicatorExtractor.fromResource(INDICATOR_KINDS);
    /** One engine per checklist (by its hash): building one compiles the checklist's patterns. */
    private final Map<String, AssessmentEngine> engines = new ConcurrentHashMap<>();

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
        Checklist checklist = checklists.checklistFor(township);
        AssessmentEngine engine =
                engines.computeIfAbsent(checklist.hash(), hash -> new AssessmentEngine(checklist, indicators));
        return engine.assess(report, dueDates.dueFor(township, report.year()), clock.instant());
    }
}
