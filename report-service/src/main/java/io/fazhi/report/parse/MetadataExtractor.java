package io.fazhi.report.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the header fields of a normalised report: title, document number,
 * signer, addressee, issuing organs and date of issue, and where the body begins and ends.
 */
final class MetadataExtractor {

    private static final int HEADER_LINES = 12;
    private static final Pattern TITLE = Pattern.compile("法治(政府)?建设.{0,20}(报告|总结)|(报告|总结)$");
    /** 平发〔2024〕46号, 石府[2025]16号, 县政（2024）3号. */
    private static final Pattern DOC_NUMBER =
            Pattern.compile("[\\u4e00-\\u9fa5]{1,8}\\s*[〔\\[［（(]\\s*(19|20)\\d{2}\\s*[〕\\]］）)]\\s*\\d{1,4}\\s*号");

    private static final Pattern SIGNER = Pattern.compile("签发人[：:]\\s*([\\u4e00-\\u9fa5·]{2,5})");
    /** A web page's metadata table: 成文日期: | 2025-02-14, [ 发文日期 ] 2026-03-16 (publication dates are not it). */
    private static final Pattern HEADER_DATE = Pattern.compile(
            "(成文日期|发文日期|印发日期)[^0-9]{0,8}((?:19|20)\\d{2})\\s*[-年/.]\\s*(\\d{1,2})\\s*[-月/.]\\s*(\\d{1,2})");

    private static final Pattern DATE = Pattern.compile(
            "((?:19|20)\\d{2}|[〇○零一二三四五六七八九]{4})年([0-9]{1,2}|[一二三四五六七八九十]{1,3})月([0-9]{1,2}|[一二三四五六七八九十]{1,3})日");
    private static final Pattern ORGAN = Pattern.compile("(委员会|人民政府|政府|办事处|党委|办公室|工作委员会)$");
    private static final int CLOSING_LINE = 40;

    private MetadataExtractor() {}

    static ReportMetadata extract(String text) {
        List<Line> lines = lines(text);
        Spanned<String> title = null;
        Spanned<String> docNumber = null;
        Spanned<String> signer = null;
        Spanned<String> addressee = null;
        int titleIndex = -1;
        for (int i = 0; i < Math.min(HEADER_LINES, lines.size()); i++) {
            Line line = lines.get(i);
            boolean shortLine = line.text().length() <= 60; // number and signer lines are short
            if (docNumber == null && shortLine) {
                Matcher m = DOC_NUMBER.matcher(line.text());
                if (m.find()) {
                    docNumber =
                            new Spanned<>(m.group().replace(" ", ""), line.start() + m.start(), line.start() + m.end());
                }
            }
            if (signer == null && shortLine) {
                Matcher m = SIGNER.matcher(line.text());
                if (m.find()) {
                    signer = new Spanned<>(m.group(1), line.start() + m.start(1), line.start() + m.end(1));
                }
            }
            if (title == null
                    && line.text().length() <= 80
                    && TITLE.matcher(line.text()).find()
                    && !line.text().contains("如下")) {
                title = new Spanned<>(line.text(), line.start(), line.end());
                titleIndex = i;
            } else if (title != null && addressee == null && i == titleIndex + 1 && isAddressee(line.text())) {
                addressee =
                        new Spanned<>(line.text().substring(0, line.text().length() - 1), line.start(), line.end() - 1);
            }
        }
        int bodyStart = titleIndex < 0 ? 0 : lines.get(titleIndex).end() + 1;
        if (addressee != null) {
            bodyStart = addressee.end() + 2;
        }
        int closingIndex = closingBlock(lines, titleIndex);
        int bodyEnd = closingIndex < lines.size() ? lines.get(closingIndex).start() : text.length();
        Spanned<LocalDate> issuedOn = issuedOn(lines, closingIndex);
        if (issuedOn == null) {
            issuedOn = headerDate(lines);
        }
        return new ReportMetadata(
                title,
                docNumber,
                signer,
                addressee,
                organs(lines, closingIndex),
                issuedOn,
                Math.min(bodyStart, text.length()),
                bodyEnd);
    }

    private static boolean isAddressee(String line) {
        return line.length() <= 30 && (line.endsWith("：") || line.endsWith(":")) && !line.contains("如下");
    }

    /** The closing block: the run of short lines at the end (organs, date, 印发, 抄送). */
    private static int closingBlock(List<Line> lines, int titleIndex) {
        int first = lines.size();
        for (int i = lines.size() - 1; i > titleIndex; i--) {
            String line = lines.get(i).text();
            if (line.length() > CLOSING_LINE || line.endsWith("。")) {
                break;
            }
            if (line.isEmpty()
                    || ORGAN.matcher(line).find()
                    || DATE.matcher(line).find()
                    || line.contains("印发")
                    || line.startsWith("抄送")
                    || line.startsWith("附件")
                    || line.matches("[（(].{0,20}[）)]")) {
                first = i;
            } else {
                break;
            }
        }
        return first;
    }

    private static List<Spanned<String>> organs(List<Line> lines, int closingIndex) {
        List<Spanned<String>> organs = new ArrayList<>();
        for (int i = closingIndex; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (ORGAN.matcher(line.text()).find() && !line.text().contains("印发")) {
                organs.add(new Spanned<>(line.text(), line.start(), line.end()));
            } else if (DATE.matcher(line.text()).find()) {
                break; // organs sign above the date; what follows is the 印发 block
            }
        }
        return organs;
    }

    /** The date the report was issued: the first date of the closing block that is not a 印发 date. */
    private static Spanned<LocalDate> issuedOn(List<Line> lines, int closingIndex) {
        Spanned<LocalDate> printed = null;
        for (int i = closingIndex; i < lines.size(); i++) {
            Line line = lines.get(i);
            Matcher m = DATE.matcher(line.text());
            if (!m.find()) {
                continue;
            }
            LocalDate date = date(m);
            if (date == null) {
                continue;
            }
            Spanned<LocalDate> found = new Spanned<>(date, line.start() + m.start(), line.start() + m.end());
            if (!line.text().contains("印")) {
                return found;
            }
            if (printed == null) {
                printed = found;
            }
        }
        return printed;
    }

    private static Spanned<LocalDate> headerDate(List<Line> lines) {
        for (int i = 0; i < Math.min(HEADER_LINES, lines.size()); i++) {
            Line line = lines.get(i);
            Matcher m = HEADER_DATE.matcher(line.text());
            if (m.find()) {
                try {
                    LocalDate date = LocalDate.of(
                            Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
                    return new Spanned<>(date, line.start() + m.start(2), line.start() + m.end(4));
                } catch (DateTimeException e) {
                    return null;
                }
            }
        }
        return null;
    }

    private static LocalDate date(Matcher m) {
        OptionalInt year = number(m.group(1));
        OptionalInt month = number(m.group(2));
        OptionalInt day = number(m.group(3));
        if (year.isEmpty() || month.isEmpty() || day.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.of(year.getAsInt(), month.getAsInt(), day.getAsInt());
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static OptionalInt number(String s) {
        return s.chars().allMatch(Character::isDigit) ? OptionalInt.of(Integer.parseInt(s)) : ChineseNumerals.parse(s);
    }

    private static List<Line> lines(String text) {
        List<Line> lines = new ArrayList<>();
        int offset = 0;
        for (String line : text.split("\n", -1)) {
            lines.add(new Line(line, offset, offset + line.length()));
            offset += line.length() + 1;
        }
        return lines;
    }

    private record Line(String text, int start, int end) {}
}
