package io.fazhi.metrics.score;

import io.fazhi.events.ReportSnapshot;
import io.fazhi.metrics.checklist.Checklist;
import io.fazhi.metrics.indicators.IndicatorExtractor;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The pure scoring of one report version: required contents, checklist grades with evidence,
 * indicators, substance and timeliness. No I/O; thread-safe; the service and the benchmarks share it.
 */
public final class AssessmentEngine {

    private final ChecklistScorer scorer;
    private final IndicatorExtractor indicators;

    public AssessmentEngine(Checklist checklist, IndicatorExtractor indicators) {
        this.scorer = new ChecklistScorer(checklist, "township");
        this.indicators = indicators;
    }

    public Checklist checklist() {
        return scorer.checklist();
    }

    public Assessment assess(ReportSnapshot report, LocalDate dueDate, Instant now) {
        ReportText text = new ReportText(report.text());
        ChecklistScorer.Result result = scorer.score(text, report.sections());
        Checklist checklist = scorer.checklist();
        return new Assessment(
                report.reportId(),
                report.version(),
                report.township() == null ? null : report.township().code(),
                report.countyCode(),
                report.year(),
                checklist.id(),
                checklist.version(),
                checklist.hash(),
                result.score(),
                result.partScores(),
                RequiredContentsCheck.of(report.sections()),
                result.items(),
                indicators.extract(report.text()),
                Substance.of(text),
                Timeliness.of(dueDate, report.submittedAt()),
                List.of(),
                now);
    }
}
