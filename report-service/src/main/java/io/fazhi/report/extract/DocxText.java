package io.fazhi.report.extract;

import java.io.ByteArrayInputStream;
import java.util.StringJoiner;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The text of a Word .docx file as its reader sees the body, through Apache POI: each paragraph
 * with the label Word's automatic numbering draws before it ({@code 四、存在的不足}, see
 * {@link WordNumbering}), a heading without a number marked as one where Word's style or bold says
 * it is ({@link WordHeadings}), each table row on a line of its own with its cells in order (townships
 * put their numbers in tables), and nothing of the page headers and footers, which repeat on every
 * page and belong to no section. POI's zip guard refuses entries that inflate suspiciously (a zip
 * bomb) or grow past a size no report has.
 */
final class DocxText {

    /** Between a table row's cells: a full-width space, as a reader leaves between columns. */
    private static final String CELL_GAP = "\u3000";

    static {
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(100L * 1024 * 1024);
    }

    private DocxText() {}

    static String extract(byte[] bytes) {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            WordNumbering numbering = new WordNumbering(document);
            WordHeadings headings = new WordHeadings(document);
            StringBuilder text = new StringBuilder();
            for (IBodyElement element : document.getBodyElements()) {
                append(text, element, numbering, headings);
            }
            return text.toString();
        } catch (Exception | OutOfMemoryError e) {
            throw new UnreadableReportException("the .docx file cannot be read (corrupt, or a compressed bomb): "
                    + e.getClass().getSimpleName());
        }
    }

    private static void append(
            StringBuilder text, IBodyElement element, WordNumbering numbering, WordHeadings headings) {
        if (element instanceof XWPFParagraph paragraph) {
            String label = numbering.label(paragraph);
            String body = paragraph.getText();
            // A numbered heading says so by its number; an unnumbered one by Word's style or bold.
            text.append(label.isEmpty() ? headings.marked(paragraph, body) : label + body)
                    .append('\n');
        } else if (element instanceof XWPFTable table) {
            for (XWPFTableRow row : table.getRows()) {
                StringJoiner cells = new StringJoiner(CELL_GAP);
                for (XWPFTableCell cell : row.getTableCells()) {
                    String value = cell.getText().strip().replace('\n', ' ');
                    if (!value.isEmpty()) {
                        cells.add(value);
                    }
                }
                if (cells.length() > 0) {
                    text.append(cells).append('\n');
                }
            }
        } else if (element instanceof XWPFSDT control) {
            text.append(control.getContent().getText()).append('\n');
        }
    }
}
