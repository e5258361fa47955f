package io.fazhi.events;

/**
 * A section of a report's heading tree with the character span ({@code start} inclusive,
 * {@code end} exclusive) it covers in the normalised text.
 *
 * @param kind one of basic-info, measures, first-responsible, shortcomings, next-year-plan, other
 * @param causesGiven for a shortcomings section, whether it states causes (原因); otherwise null
 */
public record ReportSection(String kind, String heading, int level, int start, int end, Boolean causesGiven) {}
