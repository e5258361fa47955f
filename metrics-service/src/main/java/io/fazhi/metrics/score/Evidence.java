package io.fazhi.metrics.score;

import java.util.List;

/**
 * A passage that shows (or, under shortcomings and plans, only promises) a checklist item: its
 * span in the report's normalised text, the sentence, the section kind it stands in, and the
 * markers that make it specific.
 */
public record Evidence(int start, int end, String text, String section, List<String> markers) {}
