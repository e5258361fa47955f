package io.fazhi.report.formats;

import static org.assertj.core.api.Assertions.assertThat;

import io.fazhi.corpus.ScannedPdfs;
import io.fazhi.platform.places.PlaceDirectory;
import io.fazhi.report.extract.ExtractedText;
import io.fazhi.report.extract.TextExtractor;
import io.fazhi.report.parse.ParseHints;
import io.fazhi.report.parse.ParsedReport;
import io.fazhi.report.parse.ReportParser;
import io.fazhi.report.parse.Section;
import io.fazhi.report.parse.SectionKind;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The three full sample reports in the forms offices produce: each must read as its plain text
 * reads — the same year, township and sections.
 */
class FormatCorpusTest {

    private static final ReportParser PARSER = new ReportParser(new PlaceDirectory());

    @ParameterizedTest
    @ValueSource(strings = {"nansong-2024.txt", "pingshi-2024.txt", "nanyang-2023.txt"})
    void aWordFileWithAutomaticNumberingATableAndHeadersReadsAsItsText(String sample) throws Exception {
        String text = new String(
                FormatCorpusTest.class.getResourceAsStream("/samples/" + sample).readAllBytes(),
                StandardCharsets.UTF_8);
        ParsedReport plain = parse(TextExtractor.read(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
        ExtractedText word = TextExtractor.read(WordReports.numbered(text), null);

        assertThat(word.originalText()).doesNotContain(WordReports.HEADER).doesNotContain(WordReports.FOOTER);
        for (String heading :
                text.lines().filter(l -> l.matches("^[一二三四五六七八九十]+、.*")).toList()) {
            assertThat(word.originalText())
                    .as("the numbered heading as Word shows it")
                    .contains(heading);
        }
        if (text.lines().anyMatch(l -> l.matches("^[一二三四五六七八九十]+、.*"))) {
            assertThat(word.originalText()).contains(WordReports.TABLE_ROW);
        }
        ParsedReport read = parse(word);
        assertThat(read.year()).isEqualTo(plain.year());
        assertThat(
                        read.place().township() == null
                                ? null
                                : read.place().township().code())
                .isEqualTo(
                        plain.place().township() == null
                                ? null
                                : plain.place().township().code());
        assertThat(topKinds(read)).isEqualTo(topKinds(plain));
        assertThat(read.has(SectionKind.SHORTCOMINGS)).isEqualTo(plain.has(SectionKind.SHORTCOMINGS));
    }

    @ParameterizedTest
    @ValueSource(strings = {"nansong-2024.txt", "pingshi-2024.txt", "nanyang-2023.txt"})
    void aWordFileWhoseHeadingsHaveNoNumbersButAHeadingStyleOrBoldReadsAsItsText(String sample) throws Exception {
        String text = new String(
                FormatCorpusTest.class.getResourceAsStream("/samples/" + sample).readAllBytes(),
                StandardCharsets.UTF_8);
        ParsedReport plain = parse(TextExtractor.read(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
        ParsedReport read = parse(TextExtractor.read(WordReports.styled(text), null));

        assertThat(topKinds(read))
                .as("top-level headings read: %s", headings(read))
                .isEqualTo(topKinds(plain));
        assertThat(headings(read))
                .isEqualTo(headings(plain).stream()
                        .map(h -> h.replaceFirst("^[一二三四五六七八九十]+、", ""))
                        .toList());
        assertThat(read.year()).isEqualTo(plain.year());
    }

    @ParameterizedTest
    @ValueSource(strings = {"nansong-2024.txt", "pingshi-2024.txt", "nanyang-2023.txt"})
    void aPdfPrintedFromThe公文TemplateReadsAsItsText(String sample) throws Exception {
        String text = new String(
                FormatCorpusTest.class.getResourceAsStream("/samples/" + sample).readAllBytes(),
                StandardCharsets.UTF_8);
        ParsedReport plain = parse(TextExtractor.read(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
        byte[] pdfBytes = OfficialPdfs.of(text);
        ExtractedText pdf = TextExtractor.read(pdfBytes, null);

        assertThat(pdf.originalText())
                .doesNotContain(OfficialPdfs.CLOSING_COPY)
                .doesNotContain(OfficialPdfs.CLOSING_ISSUED);
        ParsedReport read = parse(pdf);
        assertThat(read.text()).doesNotContain("— 2 —");
        assertThat(read.text()).as("the red header is read").contains("人民政府文件");
        assertThat(value(read.metadata().title()))
                .as("the title, not the red header")
                .isEqualTo(value(plain.metadata().title()));
        // The seal and the signature are images over the date: the date is still the text's.
        assertThat(value(read.metadata().issuedOn()))
                .isEqualTo(value(plain.metadata().issuedOn()));
        if (text.lines().anyMatch(l -> OfficialPdfs.SIGNATURE_DATE.matcher(l).matches())) {
            assertThat(OfficialPdfs.images(pdfBytes))
                    .as("the seal drawn over the date")
                    .isGreaterThan(0);
            assertThat(read.metadata().issuedOn().value()).isEqualTo(java.time.LocalDate.of(2025, 1, 9));
        }
        assertThat(read.year()).isEqualTo(plain.year());
        assertThat(
                        read.place().township() == null
                                ? null
                                : read.place().township().code())
                .isEqualTo(
                        plain.place().township() == null
                                ? null
                                : plain.place().township().code());
        assertThat(topKinds(read)).isEqualTo(topKinds(plain));
        assertThat(headings(read)).isEqualTo(headings(plain));
    }

    /**
     * Each sample as a scan (turned, noisy, a red seal over 南宋镇's date): read by OCR to the same
     * year, township and sections, at least 97 % of its Chinese characters right. Skipped, with the
     * reason, where Tesseract's Simplified Chinese model or a font to draw the scan is missing
     * (.ci/run installs both).
     */
    @ParameterizedTest
    @ValueSource(strings = {"nansong-2024.txt", "pingshi-2024.txt", "nanyang-2023.txt"})
    void aScannedReportIsReadByOcr(String sample) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(
                TextExtractor.readsScans(), "OCR is off: install tesseract-ocr and tesseract-ocr-chi-sim");
        org.junit.jupiter.api.Assumptions.assumeTrue(
                ScannedPdfs.chineseFont().isPresent(),
                "no font draws Chinese here to make the scan: install fonts-wqy-microhei");
        String text = new String(
                        FormatCorpusTest.class
                                .getResourceAsStream("/samples/" + sample)
                                .readAllBytes(),
                        StandardCharsets.UTF_8)
                .replace("### ", "")
                .replace("**", "");
        ParsedReport plain = parse(TextExtractor.read(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
        long started = System.nanoTime();
        ExtractedText scan = TextExtractor.read(ScannedPdfs.of(text, "2025年1月9日"), null);
        double seconds = (System.nanoTime() - started) / 1e9;

        double accuracy = OcrAccuracy.of(text, scan.originalText());
        System.out.printf(
                "OCR of %s as a scan: %.1f %% of its Chinese characters right, %.0f s%n",
                sample, accuracy * 100, seconds);
        assertThat(scan.warnings()).anyMatch(w -> w.startsWith("the text was read by OCR"));
        assertThat(accuracy).isGreaterThanOrEqualTo(0.97);
        ParsedReport read = parse(scan);
        assertThat(read.year()).isEqualTo(plain.year());
        assertThat(
                        read.place().township() == null
                                ? null
                                : read.place().township().code())
                .isEqualTo(
                        plain.place().township() == null
                                ? null
                                : plain.place().township().code());
        assertThat(topKinds(read))
                .as("top-level headings read: %s", headings(read))
                .isEqualTo(topKinds(plain));
    }

    private static Object value(io.fazhi.report.parse.Spanned<?> spanned) {
        return spanned == null ? null : spanned.value();
    }

    private static List<String> headings(ParsedReport report) {
        return report.sections().stream()
                .filter(s -> s.level() == 1)
                .map(Section::heading)
                .toList();
    }

    private static ParsedReport parse(ExtractedText intake) {
        return PARSER.parse(intake.analysisText(), ParseHints.none());
    }

    private static List<SectionKind> topKinds(ParsedReport report) {
        return report.sections().stream()
                .filter(s -> s.level() == 1)
                .map(Section::kind)
                .toList();
    }
}
