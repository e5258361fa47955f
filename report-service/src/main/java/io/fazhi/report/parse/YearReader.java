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

    /** 2024年, 2024 年度, and 2024 directly before 年度/法治 (沅江路街道2024法治政府建设年度报告). */
    private static final Pattern YEAR = Pattern.compile(
            "((?:19|20)\\d{2})(?:\\s*年(?!\\s*\\d{1,2}\\s*月)|(?=年度|法治))|([〇○零一二三四五六七八九]{4})年(?![一二三四五六七八九十]{1,2}月)");
    /** The sentence that presents the report: 现将我街道2022年度法治政府建设情况报告如下. */
    private static final Pattern STATEMENT = Pattern.compile(
            "(现将|现就|现把|特将|兹将|将)[^。；;!！?？]{0,80}?(报告|总结|汇报|报送|说明)(如下|于后)");
    /** A paragraph that opens with its year: 2024年，… / 2021年度，… / 2025年以来，… / 2022年是…. */
    private static final Pattern OPENING = Pattern.compile(
            "(?:^|[\\s：:])((?:19|20)\\d{2}|[〇○零一二三四五六七八九]{4})\\s*年(?:度)?(?:以来)?\\s*[，,、是]", Pattern.MULTILINE);
    /** The first numbered heading ends the opening. */
    private static final Pattern FIRST_HEADING = Pattern.compile("^\\s*一\\s*[、.．]", Pattern.MULTILINE);
    private static final int OPENING_CHARS = 2000;
    private static final String RANGE_MARKS = "—-–~～至到";

    /** What the reader found: a year with its source, or the years the text names without a choice. */
    record Reading(Integer year, YearSource source, Spanned<Integer> evidence, List<Integer> conflicting) {
    }

    private YearReader() {
    }

    /**
     * @param receivedOn the day the suite received the report, the last resort; null when unknown
     */
    static Reading read(String text, ReportMetadata metadata, LocalDate receivedOn) {
        int bodyStart = Math.min(metadata.bodyStart(), text.length());
        int openingEnd = Math.min(text.length(), bodyStart + OPENING_CHARS);
        Matcher heading = FIRST_HEADING.matcher(text).region(bodyStart, openingEnd);
        if (heading.find()) {
            openingEnd = heading.start();
        }
        List<Tier> tiers = new ArrayList<>();
        if (metadata.title() != null) {
            tiers.add(new Tier(YearSource.TITLE, years(text, metadata.title().start(), metadata.title().end())));
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
        Matcher m = Pattern.compile("(?:19|20)\\d{2}").matcher(docNumber.value());
        if (!m.find()) {
            return Map.of();
        }
        int year = Integer.parseInt(m.group()) - 1;
        return Map.of(year, new Spanned<>(year, -1, -1));
    }

    private static Map<Integer, Spanned<Integer>> statementYears(String text, int from, int to) {
        Matcher m = STATEMENT.matcher(text).region(from, to);
        while (m.find()) {
            Map<Integer, Spanned<Integer>> years = years(text, m.start(), m.end());
            if (!years.isEmpty()) {
                return years;
            }
        }
        return Map.of();
    }

    private static Map<Integer, Spanned<Integer>> openingYears(String text, int from, int to) {
        Matcher m = OPENING.matcher(text).region(from, to);
        m.useTransparentBounds(true).useAnchoringBounds(false);
        if (m.find()) {
            OptionalInt year = value(m.group(1));
            if (year.isPresent()) {
                return Map.of(year.getAsInt(), new Spanned<>(year.getAsInt(), m.start(1), m.end(1)));
            }
        }
        return Map.of();
    }

    /** The years named in text[from, to), leaving out cited titles, ranges and dates. */
    static Map<Integer, Spanned<Integer>> years(String text, int from, int to) {
        Map<Integer, Spanned<Integer>> years = new LinkedHashMap<>();
        Matcher m = YEAR.matcher(text).region(from, to);
        m.useTransparentBounds(true);
        while (m.find()) {
            int group = m.group(1) != null ? 1 : 2;
            if (insideTitleMarks(text, from, m.start()) || inRange(text, m.start(group), m.end())) {
                continue;
            }
            OptionalInt year = value(m.group(group));
            if (year.isPresent()) {
                years.putIfAbsent(year.getAsInt(), new Spanned<>(year.getAsInt(), m.start(group), m.end(group)));
            }
        }
        return years;
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
        if (before > 0 && RANGE_MARKS.indexOf(text.charAt(before)) >= 0
                && (Character.isDigit(text.charAt(before - 1)) || text.charAt(before - 1) == '年')) {
            return true;
        }
        int after = end;
        while (after < text.length() && text.charAt(after) == ' ') {
            after++;
        }
        return after + 1 < text.length() && RANGE_MARKS.indexOf(text.charAt(after)) >= 0
                && Character.isDigit(text.charAt(after + 1));
    }

    private static OptionalInt value(String year) {
        return Character.isDigit(year.charAt(0)) ? OptionalInt.of(Integer.parseInt(year)) : ChineseNumerals.parse(year);
    }

    private record Tier(YearSource source, Map<Integer, Spanned<Integer>> years) {
    }
}
