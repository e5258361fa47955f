package io.fazhi.report.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.fazhi.report.parse.RealOpenings.Truth;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Holds the parser to a careful reader on real published reports: the year of every one, the exact
 * township wherever the text decides it, and otherwise every township still possible with none
 * picked. {@code benchmarks/run accuracy-real} prints the same comparison as a table.
 */
class RealOpeningsTest {

    static Stream<Truth> openings() {
        return RealOpenings.truths().stream();
    }

    static Stream<Truth> decidable() {
        return openings().filter(Truth::decidableFromText);
    }

    static Stream<Truth> undecidable() {
        return openings().filter(t -> !t.decidableFromText());
    }

    @ParameterizedTest
    @MethodSource("openings")
    void theYearIsTheOneTheReportCovers(Truth truth) {
        ParsedReport report = ReportParserTest.PARSER.parse(RealOpenings.analysisText(truth), ParseHints.none());

        assertThat(report.year()).as("year of %s", truth.file()).isEqualTo(truth.reportYear());
    }

    @ParameterizedTest
    @MethodSource("decidable")
    void aTownshipTheTextDecidesIsFoundExactly(Truth truth) {
        ParsedReport report = ReportParserTest.PARSER.parse(RealOpenings.analysisText(truth), ParseHints.none());

        assertThat(report.place().township())
                .as("township of %s, candidates %s", truth.file(), codes(report))
                .isNotNull();
        assertThat(report.place().township().code()).isEqualTo(truth.divisionCode());
    }

    @ParameterizedTest
    @MethodSource("undecidable")
    void aTownshipTheTextLeavesOpenIsNotPickedAndTheTruthIsACandidate(Truth truth) {
        ParsedReport report = ReportParserTest.PARSER.parse(RealOpenings.analysisText(truth), ParseHints.none());

        assertThat(report.place().township())
                .as("%s must not be decided", truth.file())
                .isNull();
        assertThat(codes(report)).contains(truth.divisionCode()).containsAll(truth.candidatesIfAmbiguous());
    }

    @ParameterizedTest
    @MethodSource("openings")
    void everyRequiredContentTheOpeningShowsIsFoundAndAPassingMentionIsNoFirstResponsibleItem(Truth truth) {
        ParsedReport report = ReportParserTest.PARSER.parse(RealOpenings.analysisText(truth), ParseHints.none());
        List<String> found = report.sections().stream()
                .filter(s -> s.kind() != null)
                .map(s -> s.kind().wire())
                .distinct()
                .toList();

        assertThat(found).as("%s", truth.file()).containsAll(truth.sectionsPresent());
        assertThat(found.contains("first-responsible"))
                .as("first-responsible in %s", truth.file())
                .isEqualTo(truth.sectionsPresent().contains("first-responsible"));
    }

    private static List<String> codes(ParsedReport report) {
        return report.place().candidates().stream()
                .map(c -> c.township().code())
                .toList();
    }
}
