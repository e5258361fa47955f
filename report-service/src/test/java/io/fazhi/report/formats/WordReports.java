package io.fazhi.report.formats;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;

/**
 * A report as an office types it from a 公文 template in Word: headings numbered automatically
 * (一、 / （一） / 1. kept only in numbering.xml, not in the text), the top level in the Heading 1
 * style, a table of figures after the first heading, and a running header and a page-number footer.
 */
final class WordReports {

    private static final Pattern TOP = Pattern.compile("^([一二三四五六七八九十]+)、");
    private static final Pattern SECOND = Pattern.compile("^（([一二三四五六七八九十]+)）");
    private static final Pattern THIRD = Pattern.compile("^(\\d{1,2})[.．]");

    /** The running header and footer: on every page of the file, in no section of the text. */
    static final String HEADER = "中共某某镇委员会文件（页眉）";

    static final String FOOTER = "— 1 —";
    /** The table's row as the reader sees it: cells in order, a full-width space between them. */
    static final String TABLE_ROW = "开展法律知识培训\u300010次";

    private static final String LIST = """
            <xml-fragment xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:abstractNumId="7">
              <w:multiLevelType w:val="multilevel"/>
              <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
              <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>
              <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl>
            </xml-fragment>""";

    private WordReports() {}

    static byte[] numbered(String text) {
        try (XWPFDocument document = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFNumbering numbering = document.createNumbering();
            BigInteger list =
                    numbering.addAbstractNum(new XWPFAbstractNum(CTAbstractNum.Factory.parse(LIST), numbering));
            BigInteger numId = numbering.addNum(list);
            document.createHeader(HeaderFooterType.DEFAULT)
                    .createParagraph()
                    .createRun()
                    .setText(HEADER);
            document.createFooter(HeaderFooterType.DEFAULT)
                    .createParagraph()
                    .createRun()
                    .setText(FOOTER);
            boolean tabled = false;
            for (String line : text.split("\n")) {
                XWPFParagraph paragraph = document.createParagraph();
                int level = -1;
                Matcher m;
                if ((m = TOP.matcher(line)).find()) {
                    level = 0;
                } else if ((m = SECOND.matcher(line)).find()) {
                    level = 1;
                } else if ((m = THIRD.matcher(line)).find()) {
                    level = 2;
                }
                if (level >= 0) {
                    paragraph.setNumID(numId);
                    paragraph.setNumILvl(BigInteger.valueOf(level));
                    line = line.substring(m.end());
                    if (level == 0) {
                        paragraph.setStyle("Heading1");
                    }
                }
                paragraph.createRun().setText(line);
                if (level == 0 && !tabled) {
                    XWPFTable table = document.createTable(1, 2);
                    table.getRow(0).getCell(0).setText("开展法律知识培训");
                    table.getRow(0).getCell(1).setText("10次");
                    tabled = true;
                }
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (XmlException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The report as an office types it without automatic numbering: the top-level headings without
     * their numbers, in a real Heading 1 style (named "heading 1", as Word names it); short
     * second-level headings without their numbers, set bold; everything else as typed.
     */
    static byte[] styled(String text) {
        try (XWPFDocument document = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CTStyle heading = CTStyle.Factory.newInstance();
            heading.setStyleId("Heading1");
            heading.addNewName().setVal("heading 1");
            document.createStyles().addStyle(new XWPFStyle(heading));
            for (String typed : text.split("\n")) {
                String line = typed.replaceFirst("^#+\\s*", "").replace("**", "");
                XWPFParagraph paragraph = document.createParagraph();
                Matcher m;
                if ((m = TOP.matcher(line)).find()) {
                    paragraph.setStyle("Heading1");
                    paragraph.createRun().setText(line.substring(m.end()));
                } else if ((m = SECOND.matcher(line)).find() && line.length() <= 30 && !line.contains("。")) {
                    XWPFRun run = paragraph.createRun();
                    run.setBold(true);
                    run.setText(line.substring(m.end()));
                } else {
                    paragraph.createRun().setText(line);
                }
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
