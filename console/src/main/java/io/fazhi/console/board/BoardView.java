package io.fazhi.console.board;

import io.fazhi.console.api.Rollup;
import io.fazhi.console.page.ChineseDates;
import io.fazhi.events.RequiredContents;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A county's board for one year, as a clerk reads it: every township, submitted or not, sorted and
 * filtered as asked, with the missing contents in Chinese.
 */
public record BoardView(
        String code,
        String name,
        int year,
        int expected,
        int submitted,
        int late,
        Double meanScore,
        String dueDate,
        String countdown,
        long unread,
        List<Row> rows,
        String sort,
        String filter) {

    /** The sort orders a clerk can pick (query parameter {@code sort}). */
    public static final Map<String, String> SORTS = ordered("name", "乡镇名称", "score", "得分从低到高", "late", "逾期从多到少");

    /** The filters (query parameter {@code filter}). */
    public static final Map<String, String> FILTERS =
            ordered("all", "全部", "missing", "未报送", "late", "逾期", "incomplete", "缺少必备内容");

    /** A township's row. */
    public record Row(
            String code,
            String name,
            boolean submitted,
            String reportId,
            Integer version,
            Double score,
            boolean late,
            int daysLate,
            int daysEarly,
            String missing,
            int reuseMatches) {

        /** Against the due date, in words: 提前5天, 逾期12天, 按期 (on the day), — when not submitted. */
        public String timeliness() {
            return !submitted ? "—" : late ? "逾期" + daysLate + "天" : daysEarly > 0 ? "提前" + daysEarly + "天" : "按期";
        }
    }

    /**
     * @param today the day the page is shown (China's calendar), for the count-down
     * @param unread the office's unread notifications
     */
    public static BoardView of(Rollup rollup, String sort, String filter, LocalDate today, long unread) {
        String chosenSort = sort != null && SORTS.containsKey(sort) ? sort : "name";
        String chosenFilter = filter != null && FILTERS.containsKey(filter) ? filter : "all";
        List<Row> rows = rollup.townships().stream()
                .filter(t -> switch (chosenFilter) {
                    case "missing" -> !t.submitted();
                    case "late" -> t.late();
                    case "incomplete" ->
                        t.submitted()
                                && t.missingContents() != null
                                && !t.missingContents().isEmpty();
                    default -> true;
                })
                .map(t -> new Row(
                        t.code(),
                        t.name(),
                        t.submitted(),
                        t.reportId(),
                        t.version(),
                        t.score(),
                        t.late(),
                        t.daysLate(),
                        t.daysEarly(),
                        t.missingContents() == null
                                ? ""
                                : String.join(
                                        "、",
                                        t.missingContents().stream()
                                                .map(RequiredContents::chinese)
                                                .toList()),
                        t.reuseMatches()))
                .sorted(
                        switch (chosenSort) {
                            case "score" -> Comparator.comparing((Row r) -> r.score() == null ? -1 : r.score());
                            case "late" -> Comparator.comparing(Row::daysLate).reversed();
                            default -> Comparator.comparing(Row::code);
                        })
                .toList();
        return new BoardView(
                rollup.place(),
                rollup.name(),
                rollup.year(),
                rollup.expected(),
                rollup.submitted(),
                rollup.late(),
                rollup.meanScore(),
                ChineseDates.day(rollup.dueDate()),
                countdown(rollup, today),
                unread,
                rows,
                chosenSort,
                chosenFilter);
    }

    /** How long is left, or how long ago the due date passed and how many have still not submitted. */
    static String countdown(Rollup rollup, LocalDate today) {
        if (rollup.dueDate() == null) {
            return "";
        }
        long days = ChronoUnit.DAYS.between(today, rollup.dueDate());
        int outstanding = rollup.expected() - rollup.submitted();
        if (days > 0) {
            return "距报送截止还有" + days + "天，尚有" + outstanding + "个乡镇未报送";
        }
        if (days == 0) {
            return "今天是报送截止日，尚有" + outstanding + "个乡镇未报送";
        }
        return "报送截止日已过" + -days + "天" + (outstanding > 0 ? "，仍有" + outstanding + "个乡镇未报送" : "，全部乡镇均已报送");
    }

    /** Options in the order they are offered. */
    private static Map<String, String> ordered(String... keysAndLabels) {
        Map<String, String> options = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keysAndLabels.length; i += 2) {
            options.put(keysAndLabels[i], keysAndLabels[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(options);
    }

    public Map<String, String> sorts() {
        return SORTS;
    }

    public Map<String, String> filters() {
        return FILTERS;
    }
}
