package io.fazhi.console.inbox;

import java.util.LinkedHashMap;
import java.util.Map;

/** The kinds of notification an office can filter by or subscribe to, with the words a clerk reads. */
public final class NotificationKinds {

    /** Event types and alert kinds, in the order the forms offer them. */
    public static final Map<String, String> ALL;

    static {
        Map<String, String> kinds = new LinkedHashMap<>();
        kinds.put("report.submitted", "报告已报送");
        kinds.put("report.revised", "报告已修订");
        kinds.put("report.withdrawn", "报告已撤回");
        kinds.put("report.assessed", "核查完成");
        kinds.put("missing-section", "缺少必备内容");
        kinds.put("low-score", "得分偏低");
        kinds.put("late", "逾期报送");
        kinds.put("overdue", "逾期未报送");
        kinds.put("deadline-approaching", "截止日期临近");
        kinds.put("template-reuse", "疑似照搬其他乡镇");
        ALL = java.util.Collections.unmodifiableMap(kinds);
    }

    private NotificationKinds() {
    }

    /** The kind in words; an unknown kind as it is. */
    public static String label(String kind) {
        return kind == null ? "" : ALL.getOrDefault(kind, kind);
    }
}
