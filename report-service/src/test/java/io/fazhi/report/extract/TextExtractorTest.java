package io.fazhi.report.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import io.fazhi.core.problem.ProblemType;
import io.fazhi.corpus.WordDocuments;
import io.fazhi.platform.problem.ProblemException;
import io.fazhi.report.parse.Samples;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextExtractorTest {

    private static final String NANSONG = Samples.text("nansong-2024.txt");
    private static final Charset GBK = Charset.forName("GBK");

    @Test
    void detectsGbkBytesSubmittedWithoutACharset() {
        ExtractedText result = TextExtractor.read(NANSONG.getBytes(GBK), null);
        assertThat(result.originalText()).isEqualTo(NANSONG);
        assertThat(result.charset()).isEqualTo("GB18030");
        assertThat(result.warnings()).contains("decoded as GB18030");
    }

    @Test
    void honoursADeclaredCharsetAndOverrulesAWrongOne() {
        assertThat(TextExtractor.read(NANSONG.getBytes(GBK), GBK).charset()).isEqualTo("GBK");
        ExtractedText wrong = TextExtractor.read(NANSONG.getBytes(GBK), StandardCharsets.UTF_8);
        assertThat(wrong.originalText()).isEqualTo(NANSONG);
        assertThat(wrong.warnings()).contains("the bytes are not UTF-8 as declared");
    }

    @Test
    void distrustsTheHttpDefaultLatin1WhenTheBytesAreChinese() {
        ExtractedText result = TextExtractor.read(NANSONG.getBytes(GBK), StandardCharsets.ISO_8859_1);
        assertThat(result.originalText()).isEqualTo(NANSONG);
        assertThat(result.warnings()).contains("the bytes are not ISO-8859-1 as declared");
    }

    @Test
    void readsUtf16WithAByteOrderMark() {
        byte[] bom = {(byte) 0xFF, (byte) 0xFE};
        byte[] body = NANSONG.getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, bytes, 0, 2);
        System.arraycopy(body, 0, bytes, 2, body.length);
        assertThat(TextExtractor.read(bytes, null).originalText()).isEqualTo(NANSONG);
    }

    @Test
    void convertsTraditionalForAnalysisAndKeepsTheOriginal() {
        String traditional = ZhConverterUtil.toTraditional(NANSONG);
        ExtractedText result = TextExtractor.read(traditional.getBytes(StandardCharsets.UTF_8), null);
        assertThat(result.originalText()).isEqualTo(traditional).contains("鎮");
        assertThat(result.analysisText()).contains("南宋镇", "法治政府建设");
        assertThat(result.warnings()).anyMatch(w -> w.contains("Traditional"));
    }

    @Test
    void extractsTheTextOfADocx() {
        ExtractedText result = TextExtractor.read(WordDocuments.plain(NANSONG), null);
        assertThat(result.format()).isEqualTo(DocumentFormat.DOCX);
        assertThat(result.originalText()).contains("中共南宋镇委员会", "2025 年 1 月 9 日");
    }

    @Test
    void marksWordsUnnumberedHeadingsByStyleOutlineLevelOrBoldAndNothingElse() throws Exception {
        try (var document = new org.apache.poi.xwpf.usermodel.XWPFDocument();
                var out = new java.io.ByteArrayOutputStream()) {
            var outlined = document.createParagraph();
            outlined.getCTP().addNewPPr().addNewOutlineLvl().setVal(java.math.BigInteger.ZERO);
            outlined.createRun().setText("存在的不足");
            var bold = document.createParagraph().createRun();
            bold.setBold(true);
            bold.setText("强化组织领导");
            var boldLeadIn = document.createParagraph().createRun();
            boldLeadIn.setBold(true);
            boldLeadIn.setText("主要做法如下：");
            var mixed = document.createParagraph();
            var start = mixed.createRun();
            start.setBold(true);
            start.setText("一年来，");
            mixed.createRun().setText("我镇坚持依法行政，推进法治政府建设。");
            document.write(out);

            String text = DocxText.extract(out.toByteArray());

            assertThat(text.lines()).containsExactly("## 存在的不足", "**强化组织领导**", "主要做法如下：", "一年来，我镇坚持依法行政，推进法治政府建设。");
        }
    }

    @Test
    void extractsTheTextLayerOfAPdf() {
        ExtractedText result = TextExtractor.read(
                TestDocuments.pdf(Samples.text("pingshi-2024.txt").substring(0, 600)), null);
        assertThat(result.format()).isEqualTo(DocumentFormat.PDF);
        assertThat(result.originalText()).contains("平发〔2024〕46号", "平氏镇");
    }

    @Test
    void refusesWhatIsNotAReport() {
        assertProblem(() -> TextExtractor.read(new byte[0], null), ProblemType.UNPROCESSABLE, "empty");
        assertProblem(
                () -> TextExtractor.read(" \n\t ".getBytes(StandardCharsets.UTF_8), null),
                ProblemType.UNPROCESSABLE,
                "no text");
        byte[] garbage = new byte[4096];
        new Random(7).nextBytes(garbage);
        assertProblem(() -> TextExtractor.read(garbage, StandardCharsets.UTF_8), ProblemType.UNPROCESSABLE, "");
        assertProblem(
                () -> TextExtractor.read("hello world, this is not a report".getBytes(StandardCharsets.UTF_8), null),
                ProblemType.UNPROCESSABLE,
                "Chinese characters");
    }

    @Test
    void refusesBrokenAndHostileFiles() {
        assertProblem(() -> TextExtractor.read(TestDocuments.zipBomb(), null), ProblemType.UNPROCESSABLE, "docx");
        assertProblem(
                () -> TextExtractor.read(TestDocuments.corruptDocx(NANSONG), null),
                ProblemType.UNPROCESSABLE,
                "corrupt");
        assertProblem(
                () -> TextExtractor.read(TestDocuments.encryptedPdf(NANSONG.substring(0, 200)), null),
                ProblemType.UNPROCESSABLE,
                "encrypted");
        assertProblem(
                () -> TextExtractor.read(TestDocuments.pdfWithoutText(), null),
                ProblemType.UNPROCESSABLE,
                "no text layer");
        assertProblem(
                () -> TextExtractor.read(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0}, null),
                ProblemType.UNSUPPORTED_MEDIA_TYPE,
                ".doc");
    }

    private static void assertProblem(
            org.assertj.core.api.ThrowableAssert.ThrowingCallable call, ProblemType type, String detail) {
        assertThatThrownBy(call)
                .isInstanceOf(ProblemException.class)
                .satisfies(e -> assertThat(((ProblemException) e).type()).isEqualTo(type))
                .hasMessageContaining(detail);
    }
}
