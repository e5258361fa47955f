package io.fazhi.importer.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final ImportResult NANSONG = new ImportResult(
            "2024/南宋镇, final.docx",
            Outcome.ACCEPTED,
            "南宋镇",
            "140404107",
            2024,
            null,
            List.of("shortcomings", "next-year-plan"),
            List.of("the year was read from the body"),
            "9c9eb9f6-5475-4cb2-ba57-688efc92fdbd",
            1,
            false,
            List.of(),
            "2025-01-10T00:00:00Z",
            null);
    private static final ImportResult NANYANG = new ImportResult(
            "nanyang.txt",
            Outcome.UNCHANGED,
            null,
            null,
            2023,
            null,
            List.of(),
            List.of(),
            "0c00a499-d789-4663-adac-1a1ba46c064a",
            1,
            true,
            List.of("320681106", "320904109"),
            null,
            null);
    private static final ImportResult BROKEN = ImportResult.refused(
            "broken.docx",
            new ImportResult.Problem(422, "Unprocessable report", "the file is not a readable Word file"));

    @TempDir
    Path folder;

    @Test
    void aSheetHasAHeaderAndOneRowPerFileQuotedWhereNeeded() throws Exception {
        Path out = folder.resolve("results.csv");
        try (ResultsFile sheet = ResultsFile.open(out, JSON)) {
            sheet.write(NANSONG.scored(78.5));
            sheet.write(BROKEN);
        }
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines.get(0))
                .isEqualTo("\uFEFFfile,outcome,township,code,year,score,missing,warnings,reportId,version,"
                        + "needsTownship,candidates,submittedAt,problem");
        assertThat(lines.get(1))
                .isEqualTo("\"2024/南宋镇, final.docx\",accepted,南宋镇,140404107,2024,78.5,"
                        + "\"shortcomings; next-year-plan\",\"the year was read from the body\","
                        + "\"9c9eb9f6-5475-4cb2-ba57-688efc92fdbd\",1,false,,2025-01-10T00:00:00Z,");
        assertThat(lines.get(2))
                .startsWith("broken.docx,refused,")
                .endsWith("\"422 Unprocessable report: the file is not a readable Word file\"");
        assertThat(lines).hasSize(3);
    }

    @Test
    void aJsonFileIsAnArrayOfTheResults() throws Exception {
        Path out = folder.resolve("results.json");
        try (ResultsFile file = ResultsFile.open(out, JSON)) {
            file.write(NANYANG);
            file.write(BROKEN);
        }
        JsonNode array = JSON.readTree(out.toFile());
        assertThat(array.size()).isEqualTo(2);
        assertThat(array.get(0).path("outcome").asText()).isEqualTo("unchanged");
        assertThat(array.get(0).path("candidates").toString()).isEqualTo("[\"320681106\",\"320904109\"]");
        assertThat(array.get(1).path("problem").path("status").asInt()).isEqualTo(422);
        assertThatThrownBy(() -> ResultsFile.requireKnownKind(Path.of("results.xlsx")))
                .hasMessageContaining(".csv or a .json");
    }

    @Test
    void theSpoolGivesBackWhatWasAddedInOrder() throws Exception {
        List<ImportResult> back = new ArrayList<>();
        try (ResultSpool spool = new ResultSpool(JSON)) {
            spool.add(NANSONG);
            spool.add(NANYANG);
            spool.add(BROKEN);
            spool.forEach(back::add);
        }
        assertThat(back).containsExactly(NANSONG, NANYANG, BROKEN);
    }

    @Test
    void aLineSaysTheOutcomePlaceYearScoreMissingAndId() {
        assertThat(ResultLine.of(NANSONG.scored(78.5)))
                .isEqualTo("accepted   南宋镇 140404107 2024  score 78.5  missing shortcomings,next-year-plan  "
                        + "1 warning  9c9eb9f6-5475-4cb2-ba57-688efc92fdbd v1  2024/南宋镇, final.docx");
        assertThat(ResultLine.of(NANYANG))
                .startsWith("unchanged  township to confirm (320681106 or 320904109) 2023  score –  missing —");
        assertThat(ResultLine.of(BROKEN))
                .isEqualTo("refused    422 Unprocessable report: the file is not a readable Word file  broken.docx");
    }

    @Test
    void theSummaryCountsOutcomesRefusalsByReasonAndReportsToConfirm() {
        Summary summary = new Summary();
        summary.add(NANSONG.scored(78.5));
        summary.add(NANYANG);
        summary.add(BROKEN);
        summary.add(ImportResult.refused(
                "other.docx", new ImportResult.Problem(422, "Unprocessable report", "another reason")));
        summary.add(NANSONG);
        String text = summary.render("http://localhost:8080", Map.of(".doc", 2), Duration.ofSeconds(2));

        assertThat(summary.count(Outcome.REFUSED)).isEqualTo(2);
        assertThat(text)
                .contains("5 files in 2.0 s (2.5 a second)")
                .contains("  accepted        2")
                .contains("  unchanged       1")
                .contains("  refused         2")
                .contains("        2  422 Unprocessable report — e.g. the file is not a readable Word file")
                .contains("1 stored report fit several townships")
                .contains("http://localhost:8080/api/v1/reports/ID/township")
                .contains("1 report not assessed yet")
                .contains("not sent, of kinds the suite does not read: .doc 2");
    }
}
