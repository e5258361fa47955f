package io.fazhi.corpus;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A generated report and the truth of what it contains.
 *
 * @param sections the section kinds the report has, in order (basic-info, measures, …)
 * @param causesGiven whether its shortcomings section states causes
 * @param indicators indicator kind → the values the text states
 * @param copiedFrom the index of the report whose paragraphs it copies (another township), or -1
 * @param copiedParagraphs how many paragraphs it copies
 * @param issuedOn the date in its closing block
 */
public record SyntheticReport(
        int index,
        String townshipCode,
        String townshipName,
        int year,
        String text,
        List<String> sections,
        boolean causesGiven,
        Map<String, List<Double>> indicators,
        int copiedFrom,
        int copiedParagraphs,
        LocalDate issuedOn) {}
