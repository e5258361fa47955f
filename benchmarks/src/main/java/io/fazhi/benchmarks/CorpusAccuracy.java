package io.fazhi.benchmarks;

import io.fazhi.corpus.CorpusGenerator;
import io.fazhi.corpus.SyntheticReport;
import io.fazhi.events.ReportSnapshot;
import io.fazhi.metrics.checklist.ChecklistLoader;
import io.fazhi.metrics.indicators.Indicator;
import io.fazhi.metrics.indicators.IndicatorExtractor;
import io.fazhi.metrics.reuse.InMemoryReuseIndex;
import io.fazhi.metrics.reuse.MinHasher;
import io.fazhi.metrics.reuse.PassageSignature;
import io.fazhi.metrics.reuse.ReuseDetector;
import io.fazhi.metrics.score.Assessment;
import io.fazhi.metrics.score.AssessmentEngine;
import io.fazhi.metrics.score.Assessor;
import io.fazhi.platform.places.PlaceDirectory;
import io.fazhi.report.parse.ReportParser;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Accuracy at scale: generates reports with known contents, runs them through report-service's
 * parser and metrics-service's engine and reuse index, and counts what was found against the truth.
 * Argument: how many reports (default 5,000).
 */
public final class CorpusAccuracy {

    private CorpusAccuracy() {}

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        PlaceDirectory places = new PlaceDirectory();
        ReportParser parser = new ReportParser(places);
        AssessmentEngine engine = new AssessmentEngine(
                ChecklistLoader.fromResource(Assessor.DEFAULT_CHECKLIST),
                IndicatorExtractor.fromResource(Assessor.INDICATOR_KINDS));
        InMemoryReuseIndex index = new InMemoryReuseIndex();
        Map<String, int[]> sections = new TreeMap<>(); // kind → {true positive, false positive, false negative}
        int causesRight = 0;
        int causesCases = 0;
        int indicatorsExpected = 0;
        int indicatorsFound = 0;
        int copies = 0;
        int copiesFound = 0;
        int falseCopies = 0;
        for (SyntheticReport report : new CorpusGenerator(places, 11).generate(count)) {
            ReportSnapshot snapshot = Snapshots.of(parser, report);
            Assessment a = engine.assess(snapshot, LocalDate.of(report.year() + 1, 3, 31), Instant.EPOCH);
            for (String kind :
                    List.of("basic-info", "measures", "first-responsible", "shortcomings", "next-year-plan")) {
                boolean truth = report.sections().contains(kind);
                boolean found =
                        snapshot.sections().stream().anyMatch(s -> s.kind().equals(kind) && s.level() == 1);
                int[] c = sections.computeIfAbsent(kind, k -> new int[3]);
                c[truth && found ? 0 : !truth && found ? 1 : truth ? 2 : 0] += (truth || found) ? 1 : 0;
            }
            if (report.sections().contains("shortcomings")) {
                causesCases++;
                causesRight += report.causesGiven() == a.requiredContents().causesGiven() ? 1 : 0;
            }
            for (Map.Entry<String, List<Double>> expected : report.indicators().entrySet()) {
                for (double value : expected.getValue()) {
                    indicatorsExpected++;
                    boolean hit = a.indicators().stream()
                            .map(Indicator.class::cast)
                            .anyMatch(i -> i.kind().equals(expected.getKey()) && i.value() == value);
                    indicatorsFound += hit ? 1 : 0;
                }
            }
            List<PassageSignature> passages = MinHasher.signatures(snapshot.text());
            List<io.fazhi.metrics.reuse.ReuseMatch> matches =
                    ReuseDetector.matches(passages, report.townshipCode(), index);
            boolean detected = matches.stream().anyMatch(m -> m.otherReportId().equals("syn-" + report.copiedFrom()));
            if (report.copiedFrom() >= 0) {
                copies++;
                copiesFound += detected ? 1 : 0;
            } else if (!matches.isEmpty()) {
                falseCopies++;
            }
            index.put("syn-" + report.index(), report.townshipCode(), report.year(), passages);
        }
        System.out.printf("reports: %d%n", count);
        sections.forEach((kind, c) -> System.out.printf(
                "section %-18s precision %.3f  recall %.3f%n",
                kind, c[0] / (double) Math.max(1, c[0] + c[1]), c[0] / (double) Math.max(1, c[0] + c[2])));
        System.out.printf("causes given: %d/%d right%n", causesRight, causesCases);
        System.out.printf(
                "indicators: %d/%d stated values found with their kind (%.3f)%n",
                indicatorsFound, indicatorsExpected, indicatorsFound / (double) Math.max(1, indicatorsExpected));
        System.out.printf(
                "template reuse: %d/%d copies found (%.3f); %d reports without copying flagged%n",
                copiesFound, copies, copiesFound / (double) Math.max(1, copies), falseCopies);
    }
}
