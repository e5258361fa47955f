package io.fazhi.metrics.score;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A part's grade as a reader gives it: the best grade of any of its items. */
public final class PartGrades {

    private PartGrades() {}

    /** Part id → "specific", "mentioned" or "none", in the checklist's order. */
    public static Map<String, String> of(List<ItemResult> items) {
        Map<String, Grade> best = new LinkedHashMap<>();
        for (ItemResult item : items) {
            best.merge(item.part(), item.grade(), (a, b) -> a.compareTo(b) >= 0 ? a : b);
        }
        Map<String, String> grades = new LinkedHashMap<>();
        best.forEach((part, grade) -> grades.put(part, grade.wire()));
        return grades;
    }
}
