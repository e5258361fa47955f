package io.fazhi.metrics.score;

import java.util.List;

/**
 * One checklist item for one report.
 *
 * @param evidence passages that show the item as done (up to three, most specific first)
 * @param notAchievements passages that name it only under shortcomings or next year's plans
 */
public record ItemResult(
        String id, String part, Grade grade, double weight, List<Evidence> evidence, List<Evidence> notAchievements) {}
