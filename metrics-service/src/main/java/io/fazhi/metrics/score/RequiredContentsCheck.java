package io.fazhi.metrics.score;

import io.fazhi.events.ReportSection;
import io.fazhi.events.RequiredContents;
import java.util.List;

/**
 * Which of the required contents ({@link RequiredContents}) a report has as sections and which it
 * lacks.
 *
 * @param causesGiven whether a shortcomings section states the causes (原因) as the rules require
 */
public record RequiredContentsCheck(List<String> present, List<String> missing, boolean causesGiven) {

    static RequiredContentsCheck of(List<ReportSection> sections) {
        List<String> present = sections.stream()
                .map(ReportSection::kind)
                .filter(RequiredContents.KINDS::contains)
                .distinct()
                .toList();
        boolean causes = sections.stream()
                .anyMatch(s -> "shortcomings".equals(s.kind()) && Boolean.TRUE.equals(s.causesGiven()));
        return new RequiredContentsCheck(present, RequiredContents.missing(present), causes);
    }
}
