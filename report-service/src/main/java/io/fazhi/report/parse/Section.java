package io.fazhi.report.parse;

/**
 * A section of the heading tree: its heading, its level (1 = top) and the span of the normalised
 * text it covers, heading included ({@code start} inclusive, {@code end} exclusive).
 *
 * @param kind null below level 2, where sections are not classified
 * @param causesGiven for a shortcomings section, whether it states their causes (原因); else null
 * @param inferred true when no heading announced the section and a cue phrase did (下一步，…)
 */
public record Section(
        SectionKind kind, String heading, int level, int start, int end, Boolean causesGiven, boolean inferred) {}
