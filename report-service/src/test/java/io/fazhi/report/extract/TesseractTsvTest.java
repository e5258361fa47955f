package io.fazhi.report.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tesseract's words into lines, and lines wrapped by the page back into their paragraphs. */
class TesseractTsvTest {

    private static final int CHAR = 40;

    @Test
    void aParagraphWrappedByThePageIsOneLineAndAHeadingStaysItsOwn() {
        List<String> rows = new ArrayList<>();
        rows.add("level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext");
        // An indented first line that runs to the right edge, its continuation at the left edge, then
        // a short heading, then an indented paragraph of one line.
        word(rows, 1, 2, "一是要深入抓好领导干部学法用法，", 95);
        word(rows, 2, 0, "不断提高依法执政能力。", 93);
        word(rows, 3, 0, "二是加强法治学习", 96);
        word(rows, 4, 2, "我镇坚持学法。", 90);

        OcrPage page = TesseractTsv.page(rows);

        assertThat(page.text()).isEqualTo("一是要深入抓好领导干部学法用法，不断提高依法执政能力。\n二是加强法治学习\n我镇坚持学法。");
        assertThat(page.characters()).isEqualTo(16 + 11 + 8 + 7);
        assertThat(page.confidence()).isBetween(93.0, 94.0);
    }

    @Test
    void latinWordsKeepTheirSpaceAndUnreadWordsAreLeftOut() {
        List<String> rows = new ArrayList<>();
        rows.add("header");
        rows.add("5\t1\t1\t1\t1\t1\t0\t0\t80\t40\t90\tGDP");
        rows.add("5\t1\t1\t1\t1\t2\t100\t0\t80\t40\t90\t增长");
        rows.add("5\t1\t1\t1\t1\t3\t200\t0\t80\t40\t-1\t");
        rows.add("4\t1\t1\t1\t2\t0\t0\t50\t800\t40\t-1\t");

        assertThat(TesseractTsv.page(rows).text()).isEqualTo("GDP增长");
    }

    /** One word filling its line from {@code indent} characters in; line 1 defines the right edge. */
    private static void word(List<String> rows, int line, int indent, String text, int confidence) {
        int left = 100 + indent * CHAR;
        int width = line == 1 || line == 2 && text.length() == 18 ? 18 * CHAR - indent * CHAR : text.length() * CHAR;
        rows.add(String.join(
                "\t",
                "5",
                "1",
                "1",
                "1",
                Integer.toString(line),
                "1",
                Integer.toString(left),
                Integer.toString(line * 60),
                Integer.toString(width),
                "40",
                Integer.toString(confidence),
                text));
    }
}
