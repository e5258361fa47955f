package io.fazhi.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.houbb.opencc4j.util.ZhConverterUtil;
import io.fazhi.corpus.CorpusGenerator;
import io.fazhi.corpus.ScannedPdfs;
import io.fazhi.corpus.SyntheticReport;
import io.fazhi.corpus.TextPdfs;
import io.fazhi.corpus.WordDocuments;
import io.fazhi.local.DevTokens;
import io.fazhi.platform.places.PlaceDirectory;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code deploy/local/suite import} as a county office runs it on last years' folder, against the
 * running suite: every format, a GBK and a Traditional text, a corrupt Word file, a scan, a copy
 * under another name, a report that fits two townships; then the same again, a township that tries
 * to backdate, and a run killed halfway.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ImportIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration LIMIT = Duration.ofMinutes(5);

    @TempDir
    static Path data;

    @TempDir
    static Path work;

    private static RunningSuite suite;
    private static Path season;
    private static boolean ocr;

    @BeforeAll
    static void up() throws Exception {
        suite = RunningSuite.up(data);
        season = work.resolve("season");
        Path samples = suite.root.resolve("report-service/src/test/resources/samples");
        String nansong = Files.readString(samples.resolve("nansong-2024.txt"));
        String pingshi = Files.readString(samples.resolve("pingshi-2024.txt"));
        List<SyntheticReport> synthetic = new CorpusGenerator(new PlaceDirectory(), 25).generate(2);

        // The same bytes under another name (a Word file made twice differs in its timestamps).
        byte[] word = WordDocuments.plain(nansong);
        write("word/南宋镇2024年度报告.docx", word);
        write("copies/南宋镇报告（定稿）.docx", word);
        write("oa/平氏镇.txt", pingshi.getBytes(Charset.forName("GBK")));
        write("oa/平氏镇.txt.json", "{\"submittedAt\": \"2025-01-10\"}".getBytes(StandardCharsets.UTF_8));
        write(
                "繁體/南宋鎮2023.txt",
                ZhConverterUtil.toTraditional(nansong.replace("2024", "2023")).getBytes(StandardCharsets.UTF_8));
        write(
                "pdf/" + synthetic.get(0).townshipName() + ".pdf",
                TextPdfs.of(synthetic.get(0).text()));
        sidecar(
                "pdf/" + synthetic.get(0).townshipName() + ".pdf",
                synthetic.get(0).townshipCode());
        write(
                "md/" + synthetic.get(1).townshipName() + ".md",
                synthetic.get(1).text().getBytes(StandardCharsets.UTF_8));
        sidecar(
                "md/" + synthetic.get(1).townshipName() + ".md",
                synthetic.get(1).townshipCode());
        write("unlocated/南阳镇.txt", Files.readAllBytes(samples.resolve("nanyang-2023.txt")));
        write("broken/损坏的报告.docx", "PK\u0003\u0004 not a zip at all".getBytes(StandardCharsets.ISO_8859_1));
        ocr = SuiteTourIT.ocrHere();
        write(
                "scans/南宋镇2022扫描件.pdf",
                ScannedPdfs.of(nansong.replace("2024", "2022").substring(0, 1000), "-"));
        write("notes/说明.doc", "an old Word file".getBytes(StandardCharsets.UTF_8));
    }

    @AfterAll
    static void down() {
        if (suite != null) {
            suite.close();
        }
    }

    @Test
    @Order(1)
    void aFolderOfEveryKindIsImportedWithALinePerFileAndASummary() throws Exception {
        Run run = importer(Map.of(), "--out", work.resolve("first.json").toString(), season.toString());

        Map<String, JsonNode> results = results(work.resolve("first.json"));
        assertThat(results).hasSize(9);
        assertStored(results.get("word/南宋镇2024年度报告.docx"), "南宋镇", "140404107", 2024);
        assertStored(results.get("oa/平氏镇.txt"), "平氏镇", "411330107", 2024);
        assertStored(results.get("繁體/南宋鎮2023.txt"), "南宋镇", "140404107", 2023);
        JsonNode copy = results.get("copies/南宋镇报告（定稿）.docx");
        JsonNode original = results.get("word/南宋镇2024年度报告.docx");
        assertThat(copy.path("reportId")).isEqualTo(original.path("reportId"));
        assertThat(List.of(
                        copy.path("outcome").asText(), original.path("outcome").asText()))
                .containsExactlyInAnyOrder("accepted", "unchanged");
        assertThat(results.values())
                .filteredOn(r ->
                        r.path("file").asText().startsWith(season.resolve("pdf").toString())
                                || r.path("file")
                                        .asText()
                                        .startsWith(season.resolve("md").toString()))
                .hasSize(2)
                .allSatisfy(r -> assertThat(r.path("outcome").asText()).isEqualTo("accepted"));
        JsonNode unlocated = results.get("unlocated/南阳镇.txt");
        assertThat(unlocated.path("needsTownship").asBoolean()).isTrue();
        assertThat(unlocated.path("candidates").toString()).contains("320681106", "320904109");
        JsonNode broken = results.get("broken/损坏的报告.docx");
        assertThat(broken.path("outcome").asText()).isEqualTo("refused");
        assertThat(broken.path("problem").path("status").asInt()).isBetween(400, 499);
        JsonNode scan = results.get("scans/南宋镇2022扫描件.pdf");
        if (ocr) {
            assertStored(scan, "南宋镇", "140404107", 2022);
        } else {
            assertThat(scan.path("outcome").asText()).isEqualTo("refused");
        }

        // Backfilled from the sidecar: the original date counts for timeliness, the receipt is kept beside it.
        JsonNode pingshi = results.get("oa/平氏镇.txt");
        assertThat(pingshi.path("submittedAt").asText()).isEqualTo("2025-01-09T16:00:00Z");
        JsonNode view =
                JSON.readTree(get("/api/v1/reports/" + pingshi.path("reportId").asText()));
        assertThat(view.path("receivedAt").asText()).startsWith(String.valueOf(java.time.Year.now()));
        JsonNode assessment = JSON.readTree(
                get("/api/v1/assessments/" + pingshi.path("reportId").asText()));
        assertThat(assessment.path("timeliness").path("late").asBoolean()).isFalse();
        assertThat(assessment.path("timeliness").path("submittedAt").asText()).isEqualTo("2025-01-09T16:00:00Z");

        int accepted = ocr ? 7 : 6;
        assertThat(run.exit).as(run.toString()).isEqualTo(1);
        assertThat(run.out)
                .contains("9 files in")
                .contains("  accepted   " + String.format("%6d", accepted))
                .contains("  unchanged       1")
                .contains("  refused    " + String.format("%6d", 9 - accepted - 1))
                .contains("1 stored report fit several townships")
                .contains("not sent, of kinds the suite does not read: .doc 1")
                .contains("refused    ")
                .contains("损坏的报告.docx");
        assertThat(run.err).contains("Importing 9/9");
    }

    @Test
    @Order(2)
    void theSameImportAgainCreatesNothingAndSaysUnchanged() throws Exception {
        Map<String, Long> before = versions();
        Run run = importer(Map.of(), season.toString());

        assertThat(versions()).isEqualTo(before);
        int stored = ocr ? 8 : 7;
        assertThat(run.out)
                .contains("  accepted        0", "  revised         0", "  unchanged  " + String.format("%6d", stored));
        assertThat(run.out.lines().filter(l -> l.startsWith("unchanged  ")).count())
                .isEqualTo(stored);
        assertThat(run.exit).isEqualTo(1);
    }

    @Test
    @Order(3)
    void aTownshipCannotGiveAnOriginalDateAndNothingIsStored() throws Exception {
        Path folder = work.resolve("township");
        Files.createDirectories(folder);
        String nansong =
                Files.readString(suite.root.resolve("report-service/src/test/resources/samples/nansong-2024.txt"));
        Files.writeString(folder.resolve("南宋镇2021.txt"), nansong.replace("2024", "2021"));
        Map<String, Long> before = versions();

        Run run = importer(
                Map.of("FAZHI_TOKEN", DevTokens.mint("township", "140404107")),
                "--submitted-at",
                "2022-01-10",
                folder.toString());

        assertThat(run.exit).isEqualTo(1);
        assertThat(run.out).contains("refused    403").contains("submittedAt");
        assertThat(versions()).isEqualTo(before);
    }

    @Test
    @Order(4)
    void aRunKilledHalfwayAndStartedAgainStoresEachReportOnce() throws Exception {
        Path folder = work.resolve("killed");
        // Other townships than the first test's (the generator picks a township by index).
        List<SyntheticReport> reports =
                new CorpusGenerator(new PlaceDirectory(), 77).generate(100).subList(40, 100);
        writeWithSidecars(reports, folder);

        Path err = work.resolve("killed.err");
        Process first = start(err, Map.of(), "--parallel", "2", folder.toString());
        long deadline = System.nanoTime() + LIMIT.toNanos();
        while (sent(err) < 10 && first.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        first.destroyForcibly().waitFor();
        int sentBeforeKill = sent(err);
        assertThat(sentBeforeKill).isBetween(10, 59);

        Run second = importer(Map.of(), "--out", work.resolve("second.csv").toString(), folder.toString());
        assertThat(second.exit).as(second.toString()).isZero();
        assertThat(second.out).contains("  refused         0");
        assertThat(second.out.lines().filter(l -> l.startsWith("unchanged")).count())
                .isZero(); // with --out the lines go to the file
        List<String> rows = Files.readAllLines(work.resolve("second.csv"));
        assertThat(rows).hasSize(61);
        assertThat(rows.stream().filter(r -> r.contains(",unchanged,")).count()).isGreaterThanOrEqualTo(sentBeforeKill);

        assertEachStoredOnceWithOneVersion(reports);
    }

    @Test
    @Order(5)
    void aCallerHeldToTheReportsRateLimitIsSlowedBy429sAndEveryReportArrivesOnceWithItsFileDate() throws Exception {
        Path folder = work.resolve("limited");
        List<SyntheticReport> reports =
                new CorpusGenerator(new PlaceDirectory(), 91).generate(200).subList(120, 200);
        java.nio.file.attribute.FileTime march =
                java.nio.file.attribute.FileTime.from(java.time.Instant.parse("2025-03-01T02:00:00Z"));
        for (Path file : writeWithSidecars(reports, folder)) {
            Files.setLastModifiedTime(file, march);
        }
        double limitedBefore = limited();

        // Admin without the importer role: 20 reports a second, bursts of 40, for 80 files 16 at a time.
        Run run = importer(
                Map.of("FAZHI_TOKEN", DevTokens.mint("admin", null)),
                "--parallel",
                "16",
                "--file-dates",
                "--out",
                work.resolve("limited.csv").toString(),
                folder.toString());

        assertThat(run.exit).as(run.toString()).isZero();
        assertThat(run.out).contains("  accepted       80", "  refused         0");
        assertThat(limited()).as("429s from the gateway's reports route").isGreaterThan(limitedBefore);
        List<String> rows = Files.readAllLines(work.resolve("limited.csv"));
        assertThat(rows.subList(1, rows.size()))
                .hasSize(80)
                .allSatisfy(row -> assertThat(row).contains(",accepted,").contains(",2025-03-01T02:00:00Z,"));
        assertEachStoredOnceWithOneVersion(reports);
    }

    /** Requests the gateway's reports route answered 429, from its metrics (management port). */
    private static double limited() {
        String metrics = io.restassured.RestAssured.get(
                        "http://localhost:" + suite.ports.get("GATEWAY_MANAGEMENT_PORT") + "/q/metrics")
                .asString();
        return metrics.lines()
                .filter(l -> l.startsWith("fazhi_gateway_requests_seconds_count{")
                        && l.contains("route=\"reports\"")
                        && l.contains("status=\"429\""))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .sum();
    }

    // --- the importer as a person runs it ---

    private record Run(int exit, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exit + "\n--- stdout ---\n" + out + "\n--- stderr ---\n" + err;
        }
    }

    private static Run importer(Map<String, String> environment, String... args) throws Exception {
        Path err = work.resolve("import.err");
        Process process = start(err, environment, args);
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(LIMIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), out, Files.readString(err));
    }

    /** The importer through the suite script, its progress lines (stderr) into {@code err}. */
    private static Process start(Path err, Map<String, String> environment, String... args) throws IOException {
        List<String> command = new java.util.ArrayList<>(
                List.of(suite.root.resolve("deploy/local/suite").toString(), "import"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(err.toFile());
        builder.environment().put("SUITE_DATA", data.toString());
        builder.environment().put("GATEWAY_PORT", String.valueOf(suite.ports.get("GATEWAY_PORT")));
        builder.environment().putAll(environment);
        return builder.start();
    }

    /** "Importing 12/60 …" lines: files the killed run had finished (stored, and scored). */
    private static int sent(Path err) throws IOException {
        if (!Files.exists(err)) {
            return 0;
        }
        return (int) Files.readAllLines(err).stream()
                .filter(l -> l.startsWith("Importing ") && l.contains("/"))
                .count();
    }

    private static void assertStored(JsonNode result, String township, String code, int year) {
        assertThat(result.path("outcome").asText()).as(result.toString()).isIn("accepted", "unchanged");
        assertThat(result.path("township").asText()).isEqualTo(township);
        assertThat(result.path("code").asText()).isEqualTo(code);
        assertThat(result.path("year").asInt()).isEqualTo(year);
        assertThat(result.path("reportId").asText()).hasSize(36);
        assertThat(result.path("version").asInt()).isEqualTo(1);
        assertThat(result.path("score").isNumber()).as(result.toString()).isTrue();
    }

    /** Each report as a text file in {@code folder}, with a sidecar naming its township; the files. */
    private static List<Path> writeWithSidecars(List<SyntheticReport> reports, Path folder) throws IOException {
        Files.createDirectories(folder);
        List<Path> files = new java.util.ArrayList<>();
        for (SyntheticReport report : reports) {
            Path file = folder.resolve(report.index() + "-" + report.townshipName() + ".txt");
            Files.writeString(file, report.text());
            Files.writeString(
                    file.resolveSibling(file.getFileName() + ".json"),
                    "{\"townshipCode\": \"" + report.townshipCode() + "\"}");
            files.add(file);
        }
        return files;
    }

    /** One report and one version for each township-year, counted in report-service's database. */
    private static void assertEachStoredOnceWithOneVersion(List<SyntheticReport> reports) throws SQLException {
        try (Connection db = reportsDatabase();
                var query = db.prepareStatement("SELECT count(DISTINCT r.id), count(v.version) FROM report r "
                        + "JOIN report_version v ON v.report_id = r.id WHERE r.township_code = ? AND r.year = ?")) {
            for (SyntheticReport report : reports) {
                query.setString(1, report.townshipCode());
                query.setInt(2, report.year());
                try (ResultSet rs = query.executeQuery()) {
                    rs.next();
                    String which = report.townshipName() + " " + report.year();
                    assertThat(rs.getLong(1)).as(which + ": reports").isEqualTo(1);
                    assertThat(rs.getLong(2)).as(which + ": versions").isEqualTo(1);
                }
            }
        }
    }

    /** The results file by path under the season folder. */
    private static Map<String, JsonNode> results(Path file) throws IOException {
        Map<String, JsonNode> byFile = new HashMap<>();
        for (JsonNode result : JSON.readTree(file.toFile())) {
            byFile.put(season.relativize(Path.of(result.path("file").asText())).toString(), result);
        }
        return byFile;
    }

    private static void write(String name, byte[] bytes) throws IOException {
        Path file = season.resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }

    private static void sidecar(String name, String townshipCode) throws IOException {
        write(name + ".json", ("{\"townshipCode\": \"" + townshipCode + "\"}").getBytes(StandardCharsets.UTF_8));
    }

    private static String get(String path) {
        return io.restassured.RestAssured.given()
                .auth()
                .oauth2(DevTokens.mint("admin", null))
                .get(suite.gateway() + path)
                .then()
                .statusCode(200)
                .extract()
                .asString();
    }

    /** Report id → versions stored, counted in the report-service's database. */
    private static Map<String, Long> versions() throws SQLException {
        Map<String, Long> versions = new HashMap<>();
        try (Connection db = reportsDatabase();
                ResultSet rs = db.createStatement()
                        .executeQuery("SELECT report_id::text, count(*) FROM report_version GROUP BY report_id")) {
            while (rs.next()) {
                versions.put(rs.getString(1), rs.getLong(2));
            }
        }
        return versions;
    }

    private static Connection reportsDatabase() throws SQLException {
        Matcher url = Pattern.compile("PostgreSQL\\s+(jdbc:postgresql://\\S+/)").matcher(suite.output());
        assertThat(url.find()).as(suite.output()).isTrue();
        return DriverManager.getConnection(url.group(1) + "reports", "postgres", "");
    }
}
