package io.fazhi.report.extract;

import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;

/**
 * Whether Word says a paragraph is a heading although no number says so: a heading style
 * ({@code Heading 1}, {@code 标题 1}, following basedOn) or an outline level, written as a Markdown
 * heading ({@code ## 存在的问题}); or a short paragraph set bold throughout, written as Markdown bold
 * ({@code **主要成效**}), a level of its own. The parser takes both as headings and drops the marks
 * from the text it indexes.
 */
final class WordHeadings {

    /** A bold paragraph longer than this is emphasis in the body, not a heading. */
    private static final int MAX_BOLD_HEADING = 40;
    /** Word's outline levels 0–8 are headings; 9 is body text. */
    private static final int BODY_TEXT_LEVEL = 9;

    private static final Pattern HEADING_STYLE_NAME = Pattern.compile("(heading|标题)\\s*[1-9]");
    /** A bold lead-in that ends like a sentence or introduces a list is not a heading. */
    private static final String NOT_A_HEADING_END = "。：:；;，,";

    private final XWPFDocument document;

    WordHeadings(XWPFDocument document) {
        this.document = document;
    }

    /** The paragraph's text, marked as a heading where Word says it is one though it has no number. */
    String marked(XWPFParagraph paragraph, String text) {
        String body = text.strip();
        if (body.isEmpty() || body.startsWith("#") || body.startsWith("*")) {
            return text;
        }
        if (styledAsHeading(paragraph)) {
            return "## " + body;
        }
        return boldThroughout(paragraph, body) ? "**" + body + "**" : text;
    }

    private boolean styledAsHeading(XWPFParagraph paragraph) {
        if (paragraph.getCTP().getPPr() != null && paragraph.getCTP().getPPr().getOutlineLvl() != null) {
            return paragraph.getCTP().getPPr().getOutlineLvl().getVal().intValue() < BODY_TEXT_LEVEL;
        }
        for (XWPFStyle style : WordStyles.of(document, paragraph)) {
            String name = style.getName() == null ? "" : style.getName().toLowerCase(Locale.ROOT);
            if (HEADING_STYLE_NAME.matcher(name).lookingAt()) {
                return true;
            }
            CTPPrGeneral pPr = style.getCTStyle().getPPr();
            if (pPr != null && pPr.getOutlineLvl() != null) {
                return pPr.getOutlineLvl().getVal().intValue() < BODY_TEXT_LEVEL;
            }
        }
        return false;
    }

    private static boolean boldThroughout(XWPFParagraph paragraph, String body) {
        if (body.length() > MAX_BOLD_HEADING || NOT_A_HEADING_END.indexOf(body.charAt(body.length() - 1)) >= 0) {
            return false;
        }
        boolean any = false;
        for (XWPFRun run : paragraph.getRuns()) {
            String text = run.text();
            if (text == null || text.isBlank()) {
                continue;
            }
            if (!run.isBold()) {
                return false;
            }
            any = true;
        }
        return any;
    }
}
