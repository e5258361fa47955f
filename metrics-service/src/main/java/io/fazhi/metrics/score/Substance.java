package io.fazhi.metrics.score;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How much of a report states checkable facts rather than slogans: the share of its sentences
 * with a number, named law, person, body or date, and the laws and documents it cites by name.
 */
public record Substance(int sentences, int factualSentences, double factualShare, List<String> lawsCited) {

    private static final Pattern TITLE = Pattern.compile("《([^》]{2,40})》");

    static Substance of(ReportText report) {
        String text = report.text;
        Sentences sentences = report.sentences;
        int counted = 0;
        int factual = 0;
        for (int i = 0; i < sentences.count(); i++) {
            String sentence = sentences.text(i);
            if (sentence.length() < 8) {
                continue; // headings and fragments are neither facts nor slogans
            }
            counted++;
            if (!report.markers(i).isEmpty()) {
                factual++;
            }
        }
        Set<String> laws = new LinkedHashSet<>();
        Matcher m = TITLE.matcher(text);
        while (m.find()) {
            laws.add(m.group(1));
        }
        double share = counted == 0 ? 0 : Math.round(1000.0 * factual / counted) / 1000.0;
        return new Substance(counted, factual, share, new ArrayList<>(laws));
    }
}
