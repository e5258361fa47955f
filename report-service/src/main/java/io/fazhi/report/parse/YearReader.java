package io.fazhi.report.parse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the year a report covers where a reader finds it, strongest place first: the title, the
 * sentence that presents the report (现将…2024年度…报告如下), a year that opens the body
 * (2024年，…), then the date of issue and the document number's year. A place that names two years
 * defers to the next place that names one of them; years of cited documents (《…2024年…要点》),
 * ranges (2021—2025年) and calendar dates (2025年11月18日) are never the covered year.
 */
final class YearReader {

    private static final int OPENING_CHARS = 2000;
    /** How far before 报告如下 the presenting sentence may start (现将…). */
    private static final int STATEMENT_CHARS = 80;

    private static final String RANGE_MARKS = "—-–~～至到";
    private static final String CHINESE_DIGITS = "〇○零一二三四五六七八九";
    private static final String SENTENCE_ENDS = "。；;!！?？\n";
    private static final List<String> PRESENTING_VERBS = List.of("报告", "总结", "汇报", "报送", "说明");
    private static final Pattern DOC_NUMBER_YEAR = Pattern.compile("(?:19|20)\\d{2}");

    /** What the reader found: a year with its source, or the years the text names without a choice. */
    record Reading(Integer year, YearSource source, Spanned<Integer> evidence, List<Integer> conflicting) {}

    private YearReader() {}

    /**
     * @param receivedOn the day the suite received the report, the last resort; null when unknown
     */
    static Reading read(String text, ReportMetadata metadata, LocalDate receivedOn) {
        int bodyStart = Math.min(metadata.bodyStart(), text.length());
        int openingEnd = Math.min(text.length(), bodyStart + OPENING_CHARS);
        openingEnd = firstHeading(text, bodyStart, openingEnd);
        List<Tier> tiers = new ArrayList<>();
        if (metadata.title() != null) {
            tiers.add(new Tier(
                    YearSource.TITLE,
                    years(text, metadata.title().start(), metadata.title().end())));
        }
        tiers.add(new Tier(YearSource.BODY, statementYears(text, bodyStart, openingEnd)));
        tiers.add(new Tier(YearSource.BODY, openingYears(text, bodyStart, openingEnd)));
        if (metadata.issuedOn() != null) {
            tiers.add(new Tier(YearSource.ISSUED_ON, coveredBy(metadata.issuedOn())));
        }
        if (metadata.docNumber() != null) {
            tiers.add(new Tier(YearSource.DOC_NUMBER, docNumberYear(metadata.docNumber())));
        }

        Map<Integer, Spanned<Integer>> possible = null;
        for (Tier tier : tiers) {
            if (tier.years().isEmpty()) {
                continue;
            }
            if (possible == null) {
                possible = tier.years();
            } else {
                Map<Integer, Spanned<Integer>> both = new LinkedHashMap<>(tier.years());
                both.keySet().retainAll(possible.keySet());
                if (!both.isEmpty()) {
                    possible = both;
                }
            }
            if (possible.size() == 1) {
                Spanned<Integer> found = possible.values().iterator().next();
                return new Reading(found.value(), tier.source(), found.start() < 0 ? null : found, List.of());
            }
        }
        if (possible != null) {
            return new Reading(null, null, null, List.copyOf(possible.keySet()));
        }
        if (receivedOn != null) {
            return new Reading(coveredYear(receivedOn), YearSource.SUBMITTED_AT, null, List.of());
        }
        return new Reading(null, null, null, List.of());
    }

    /** A report dated in the first half of a year covers the year before; one dated later, its own. */
    static int coveredYear(LocalDate dated) {
        return dated.getMonthValue() <= 6 ? dated.getYear() - 1 : dated.getYear();
    }

    private static Map<Integer, Spanned<Integer>> coveredBy(Spanned<LocalDate> issuedOn) {
        int year = coveredYear(issuedOn.value());
        return Map.of(year, new Spanned<>(year, -1, -1));
    }

    /** Reports are numbered when they are issued, early in the year after the one they cover. */
    private static Map<Integer, Spanned<Integer>> docNumberYear(Spanned<String> docNumber) {
        Matcher m = DOC_NUMBER_YEAR.matcher(docNumber.value());
        if (!m.find()) {
            return Map.of();
        }
        int year = Integer.parseInt(m.group()) - 1;
        return Map.of(year, new Spanned<>(year, -1, -1));
    }

    /** The first line of text[from, to) that starts with 一、 (the first numbered heading), or {@code to}. */
    private static int firstHeading(String text, int from, int to) {
        for (int at = text.indexOf('一', from); at >= 0 && at < to; at = text.indexOf('一', at + 1)) {
            int before = at - 1;
            while (before >= from && (text.charAt(before) == ' ')) {
                before--;
            }
            int after = at + 1;
            while (after < to && text.charAt(after) == ' ') {
                after++;
            }
            if ((before < 0 || text.charAt(before) == '\n') && after < to && "、.．".indexOf(text.charAt(after)) >= 0) {
                return before < 0 ? 0 : before + 1;
            }
        }
        return to;
    }

    /**
     * The years of the sentence that presents the report: from its 将 (现将, 现就…将) to
     * 报告如下 / 总结如下 / 汇报如下, within one sentence.
     */
    private static Map<Integer, Spanned<Integer>> statementYears(String text, int from, int to) {
        for (String ending : List.of("如下", "于后")) {
            for (int at = text.indexOf(ending, from); at >= 0 && at < to; at = text.indexOf(ending, at + 1)) {
                if (at - 2 < from || !PRESENTING_VERBS.contains(text.substring(at - 2, at))) {
                    continue;
                }
                int start = -1;
                for (int i = at - 3; i >= Math.max(from, at - 2 - STATEMENT_CHARS); i--) {
                    char c = text.charAt(i);
                    if (SENTENCE_ENDS.indexOf(c) >= 0) {
                        break;
                    }
                    if (c == '将' || c == '就' && i > 0 && text.charAt(i - 1) == '现') {
                        start = i;
                    }
                }
                if (start >= 0) {
                    Map<Integer, Spanned<Integer>> years = years(text, start, at);
                    if (!years.isEmpty()) {
                        return years;
                    }
                }
            }
        }
        return Map.of();
    }

    /** A paragraph that opens with its year: 2024年，… / 2021年度，… / 2025年以来，… / 2022年是…. */
    private static Map<Integer, Spanned<Integer>> openingYears(String text, int from, int to) {
        for (int at = text.indexOf('年', from); at >= 0 && at < to; at = text.indexOf('年', at + 1)) {
            int end = at;
            while (end > from && text.charAt(end - 1) == ' ') {
                end--;
            }
            int start = end - 4;
            if (start < from || yearAt(text, start) < 0) {
                continue;
            }
            char before = start == 0 ? '\n' : text.charAt(start - 1);
            if (!(before == '\n' || before == ' ' || before == '：' || before == ':')) {
                continue;
            }
            int after = at + 1;
            if (text.startsWith("度", after)) {
                after++;
            }
            if (text.startsWith("以来", after)) {
                after += 2;
            }
            while (after < to && text.charAt(after) == ' ') {
                after++;
            }
            if (after < to && "，,、是".indexOf(text.charAt(after)) >= 0) {
                int year = yearAt(text, start);
                return Map.of(year, new Spanned<>(year, start, end));
            }
        }
        return Map.of();
    }

    /**
     * The years named in text[from, to), leaving out cited titles, ranges and dates: 2024年 (not
     * 2024年3月), 2024 年度, 2024 directly before 法治 (沅江路街道2024法治政府建设年度报告), 二〇二四年.
     */
    static Map<Integer, Spanned<Integer>> years(String text, int from, int to) {
        Map<Integer, Spanned<Integer>> years = new LinkedHashMap<>();
        for (int start = from; start + 4 <= to; start++) {
            int year = yearAt(text, start);
            if (year < 0 || (start > 0 && isDigit(text.charAt(start - 1)))) {
                continue;
            }
            int end = start + 4;
            int after = end;
            while (after < to && text.charAt(after) == ' ') {
                after++;
            }
            boolean named = after < to && text.charAt(after) == '年'
                    ? !monthFollows(text, after + 1, to)
                    : isDigit(text.charAt(start)) && text.startsWith("法治", end);
            if (named
                    && !insideTitleMarks(text, from, start)
                    && !inRange(text, start, after < to && text.charAt(after) == '年' ? after + 1 : end)) {
                years.putIfAbsent(year, new Spanned<>(year, start, end));
            }
            start = end - 1;
        }
        return years;
    }

    /** The year written at text[at, at+4) in digits (19xx, 20xx) or Chinese numerals (二〇二四), or -1. */
    private static int yearAt(String text, int at) {
        if (at + 4 > text.length()) {
            return -1;
        }
        char first = text.charAt(at);
        if (isDigit(first)) {
            if (!(first == '1' && text.charAt(at + 1) == '9' || first == '2' && text.charAt(at + 1) == '0')
                    || !isDigit(text.charAt(at + 2))
                    || !isDigit(text.charAt(at + 3))
                    || (at + 4 < text.length() && isDigit(text.charAt(at + 4)))) {
                return -1;
            }
            return Integer.parseInt(text, at, at + 4, 10);
        }
        for (int i = at; i < at + 4; i++) {
            if (CHINESE_DIGITS.indexOf(text.charAt(i)) < 0) {
                return -1;
            }
        }
        OptionalInt year = ChineseNumerals.parse(text.substring(at, at + 4));
        return year.isPresent() && year.getAsInt() >= 1900 && year.getAsInt() < 2100 ? year.getAsInt() : -1;
    }

    /** Whether a month follows 年: 2025年11月, 二〇二五年三月 are dates, not years. */
    private static boolean monthFollows(String text, int at, int to) {
        int i = at;
        while (i < to && text.charAt(i) == ' ') {
            i++;
        }
        int digits = 0;
        while (i < to && digits < 3 && (isDigit(text.charAt(i)) || "一二三四五六七八九十".indexOf(text.charAt(i)) >= 0)) {
            i++;
            digits++;
        }
        while (i < to && text.charAt(i) == ' ') {
            i++;
        }
        return digits > 0 && i < to && text.charAt(i) == '月';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean insideTitleMarks(String text, int from, int at) {
        int depth = 0;
        for (int i = Math.max(0, from - 200); i < at; i++) {
            char c = text.charAt(i);
            if (c == '《' || c == '〈') {
                depth++;
            } else if ((c == '》' || c == '〉') && depth > 0) {
                depth--;
            }
        }
        return depth > 0;
    }

    /** 2021—2025年, 2021年-2025年, 2021至2025年: a span of years, not one covered year. */
    private static boolean inRange(String text, int start, int end) {
        int before = start - 1;
        while (before >= 0 && text.charAt(before) == ' ') {
            before--;
        }
        if (before > 0
                && RANGE_MARKS.indexOf(text.charAt(before)) >= 0
                && (Character.isDigit(text.charAt(before - 1)) || text.charAt(before - 1) == '年')) {
            return true;
        }
        int after = end;
        while (after < text.length() && text.charAt(after) == ' ') {
            after++;
        }
        return after + 1 < text.length()
                && RANGE_MARKS.indexOf(text.charAt(after)) >= 0
                && Character.isDigit(text.charAt(after + 1));
    }

    private record Tier(YearSource source, Map<Integer, Spanned<Integer>> years) {}
}
