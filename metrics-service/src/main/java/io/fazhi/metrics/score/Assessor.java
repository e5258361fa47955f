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
 * Assesses a report version from the event that carries it — never by calling report-service:
 * required contents, checklist grades with evidence, indicators, substance and timeliness.
 */
@ApplicationScoped
public class Assessor {

    /** The default checklist of the 2021–2025 plan, for township reports. */
    public static final String DEFAULT_CHECKLIST = "/checklists/plan-2021-2025.yaml";

    private final ChecklistScorer scorer = new ChecklistScorer(ChecklistLoader.fromResource(DEFAULT_CHECKLIST), "township");
    private final IndicatorExtractor indicators = IndicatorExtractor.fromResource("/indicators.yaml");

    @Inject
    DueDates dueDates;

    @Inject
    Clock clock;

    public Checklist checklist() {
        return scorer.checklist();
    }

    public Assessment assess(ReportSnapshot report) {
        ChecklistScorer.Result result = scorer.score(report.text(), report.sections());
        Checklist checklist = scorer.checklist();
        String township = report.township() == null ? null : report.township().code();
        return new Assessment(
                report.reportId(),
                report.version(),
                township,
                report.countyCode(),
                report.year(),
                checklist.id(),
                checklist.version(),
                checklist.hash(),
                result.score(),
                result.partScores(),
                RequiredContents.of(report.sections()),
                result.items(),
                indicators.extract(report.text()),
                Substance.of(report.text()),
                Timeliness.of(dueDates.dueFor(township, report.year()), report.submittedAt()),
                java.util.List.of(),
                clock.instant());
    }
}
