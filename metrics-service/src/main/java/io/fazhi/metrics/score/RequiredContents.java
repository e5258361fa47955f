package io.fazhi.metrics.score;

import io.fazhi.events.ReportSection;
import java.util.List;

/**
 * The five required contents of an annual report (《法治政府建设与责任落实督察工作规定》): which the
 * report has as sections and which it lacks. 其他需要报告的情况 is optional in practice and never missing.
 *
 * @param causesGiven whether a shortcomings section states the causes (原因) as the rules require
 */
public record RequiredContents(List<String> present, List<String> missing, boolean causesGiven) {

    static final List<String> REQUIRED = List.of("measures", "first-responsible", "shortcomings", "next-year-plan");

    static RequiredContents of(List<ReportSection> sections) {
        List<String> present = sections.stream().map(ReportSection::kind).filter(REQUIRED::contains).distinct().toList();
        boolean causes = sections.stream().anyMatch(s -> "shortcomings".equals(s.kind()) && Boolean.TRUE.equals(s.causesGiven()));
        return new RequiredContents(present, REQUIRED.stream().filter(k -> !present.contains(k)).toList(), causes);
    }
}
