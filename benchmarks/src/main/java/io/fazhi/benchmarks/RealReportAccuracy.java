package io.fazhi.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fazhi.events.ReportSnapshot;
import io.fazhi.metrics.checklist.ChecklistLoader;
import io.fazhi.metrics.indicators.IndicatorExtractor;
import io.fazhi.metrics.score.Assessment;
import io.fazhi.metrics.score.AssessmentEngine;
import io.fazhi.metrics.score.Assessor;
import io.fazhi.metrics.score.PartGrades;
import io.fazhi.platform.places.PlaceDirectory;
import io.fazhi.report.extract.TextExtractor;
import io.fazhi.report.parse.ParseHints;
import io.fazhi.report.parse.ParsedReport;
import io.fazhi.report.parse.ReportParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The parser and the scorer against a careful reader on real published reports: for each opening
 * in samples/real its year (and where it came from), its place (exact, ambiguous with the truth
 * among the candidates, wrong, or refused) and its sections; for each full sample its ten part
 * grades. Arguments: the samples folder (report-service/src/test/resources/samples), then -v to
 * print the evidence behind every part grade the reader does not share.
 */
public final class RealReportAccuracy {

    private RealReportAccuracy() {}

    public static void main(String[] args) throws IOException {
        Path samples = Path.of(args.length > 0 ? args[0] : "report-service/src/test/resources/samples");
        boolean verbose = args.length > 1 && args[1].equals("-v");
        PlaceDirectory places = new PlaceDirectory();
        ReportParser parser = new ReportParser(places);
        ObjectMapper json = new ObjectMapper();

        Map<String, Integer> totals = new TreeMap<>();
        System.out.printf(
                "%-7s %-6s %-18s %-40s %s%n", "file", "year", "found (source)", "place", "sections truth / found");
        for (JsonNode truth : json.readTree(samples.resolve("real/truth.json").toFile())) {
            String file = truth.get("file").asText();
            byte[] bytes = Files.readAllBytes(samples.resolve("real").resolve(file));
            ParsedReport parsed = parser.parse(
                    TextExtractor.read(bytes, StandardCharsets.UTF_8).analysisText(), ParseHints.none());
            int year = truth.get("report_year").asInt();
            boolean yearRight = parsed.year() != null && parsed.year() == year;
            totals.merge("year right", yearRight ? 1 : 0, Integer::sum);
            String place = place(truth, parsed);
            totals.merge("place " + place.split(" ")[0], 1, Integer::sum);
            List<String> found = parsed.sections().stream()
                    .filter(s ->
                            s.kind() != null && !"basic-info".equals(s.kind().wire()))
                    .map(s -> s.kind().wire())
                    .distinct()
                    .toList();
            List<String> expected = new ArrayList<>();
            truth.get("sections_present").forEach(n -> expected.add(n.asText()));
            boolean sectionsRight = expected.stream().allMatch(found::contains);
            totals.merge("sections all found", sectionsRight ? 1 : 0, Integer::sum);
            totals.merge(
                    "sections exactly",
                    sectionsRight && found.stream().allMatch(expected::contains) ? 1 : 0,
                    Integer::sum);
            System.out.printf(
                    "%-7s %-6d %-18s %-40s %s / %s%n",
                    file,
                    year,
                    (yearRight ? "" : "✗ ") + parsed.year() + " ("
                            + (parsed.yearSource() == null
                                    ? "-"
                                    : parsed.yearSource().wire()) + ")",
                    place,
                    expected,
                    found);
        }
        totals.forEach((k, v) -> System.out.printf("%s: %d%n", k, v));

        AssessmentEngine engine = new AssessmentEngine(
                ChecklistLoader.fromResource(Assessor.DEFAULT_CHECKLIST),
                IndicatorExtractor.fromResource(Assessor.INDICATOR_KINDS));
        int agree = 0;
        int graded = 0;
        System.out.printf("%n%-18s %s%n", "full report", "part: reader / scorer");
        for (JsonNode truth : json.readTree(samples.resolve("truth.json").toFile())) {
            String file = truth.get("file").asText();
            String text = Files.readString(samples.resolve(file));
            ReportSnapshot snapshot =
                    Snapshots.of(parser, file, truth.get("division_code").asText(), text, Instant.EPOCH);
            Assessment assessment = engine.assess(snapshot, LocalDate.of(2100, 1, 1), Instant.EPOCH);
            Map<String, String> grades = PartGrades.of(assessment.items());
            StringBuilder line = new StringBuilder();
            for (int part = 1; part <= 10; part++) {
                String reader = truth.get("parts").get(String.valueOf(part)).asText();
                String scorer = grades.getOrDefault("p" + part, "none");
                graded++;
                agree += reader.equals(scorer) ? 1 : 0;
                line.append(String.format(
                        " %d:%s%s",
                        part, abbreviation(reader), reader.equals(scorer) ? "" : "/" + abbreviation(scorer) + "✗"));
            }
            System.out.printf("%-18s%s%n", file, line);
            if (verbose) {
                for (var item : assessment.items()) {
                    String reader =
                            truth.get("parts").get(item.part().substring(1)).asText();
                    if (!reader.equals(grades.get(item.part())) && item.grade().credit() > 0) {
                        item.evidence()
                                .forEach(e -> System.out.printf(
                                        "    %s %s %s %s%n",
                                        item.id(), item.grade().wire(), e.markers(), e.text()));
                    }
                }
            }
        }
        System.out.printf("part grades equal to the reader's: %d/%d%n", agree, graded);
    }

    /** exact CODE, ambiguous N (truth among them), wrong CODE, refused. */
    private static String place(JsonNode truth, ParsedReport parsed) {
        String code = truth.get("division_code").asText();
        if (parsed.place().resolved()) {
            String found = parsed.place().township().code();
            return found.equals(code) ? "exact " + found : "wrong " + found;
        }
        List<String> candidates = parsed.place().candidates().stream()
                .map(c -> c.township().code())
                .toList();
        if (candidates.isEmpty()) {
            return "refused";
        }
        return (candidates.contains(code) ? "ambiguous " : "wrong-candidates ")
                + candidates.size()
                + (truth.get("decidable_from_text").asBoolean() ? " (text decides)" : "");
    }

    private static String abbreviation(String grade) {
        return switch (grade) {
            case "specific" -> "S";
            case "mentioned" -> "M";
            default -> "-";
        };
    }
}
