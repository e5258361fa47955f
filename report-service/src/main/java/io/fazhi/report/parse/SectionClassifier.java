package io.fazhi.report.parse;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Classifies a section by its heading, in order of precedence: a heading on the first
 * responsible person's duties is that even when it also says 情况 or 成效, and so on down to
 * measures, the default for a section that reports work done.
 */
final class SectionClassifier {

    /** Checked in this order; the first that matches wins. */
    private static final List<Map.Entry<SectionKind, Pattern>> RULES = List.of(
            Map.entry(SectionKind.FIRST_RESPONSIBLE, Pattern.compile("第一责任人|主要负责人|一把手|述法")),
            Map.entry(SectionKind.SHORTCOMINGS, Pattern.compile("不足|存在的?问题|差距|短板|薄弱|困难")),
            Map.entry(SectionKind.NEXT_YEAR_PLAN, Pattern.compile("下一步|下一年|下年度|明年|工作打算|工作安排|主要安排|工作计划|工作思路|努力方向")),
            Map.entry(SectionKind.BASIC_INFO, Pattern.compile("基本情况|概况|基本概况")),
            Map.entry(SectionKind.OTHER, Pattern.compile("其他|其它|需要报告")));

    /** A paragraph without a heading that starts the next year's plans. */
    private static final Pattern PLAN_CUE = Pattern.compile("^(下一步|下一年度|下年度|明年|今后|20\\d{2}年[，,]?[^。]{0,20}将)");
    /**
     * A paragraph without a heading that admits shortcomings after a turn (但…存在…问题, 但…差距):
     * the turn keeps a measure that "solved problems" from reading as a gap.
     */
    private static final Pattern SHORTCOMING_CUE =
            Pattern.compile("(但|然而|不过|仍然|依然)[^。]{0,30}(存在|有)[^。]{0,40}(问题|不足|差距|短板|薄弱)|(但|然而)[^。]{0,30}(差距|不足)");
    /** The turns SHORTCOMING_CUE needs: checked first, as most paragraphs have none. */
    private static final List<String> TURNS = List.of("但", "然而", "不过", "仍然", "依然");

    private static final Pattern CAUSES = Pattern.compile("原因|根源|究其|由于|归因");
    /** A lead sentence on the principal leaders' duty: 党政主要负责人严格履行推进法治建设第一责任人职责. */
    private static final Pattern FIRST_RESPONSIBLE_LEAD = Pattern.compile("(履行|落实|压实|扛起|担负|担起)[^。]{0,20}第一责任人");

    private SectionClassifier() {}

    static SectionKind classifyHeading(String heading) {
        for (Map.Entry<SectionKind, Pattern> rule : RULES) {
            if (rule.getValue().matcher(heading).find()) {
                return rule.getKey();
            }
        }
        return SectionKind.MEASURES;
    }

    /** The kind a headingless paragraph opens, or null when it continues the section it is in. */
    static SectionKind cue(String paragraph) {
        if (PLAN_CUE.matcher(paragraph).lookingAt()) {
            return SectionKind.NEXT_YEAR_PLAN;
        }
        if (TURNS.stream().anyMatch(paragraph::contains)
                && SHORTCOMING_CUE.matcher(paragraph).find()) {
            return SectionKind.SHORTCOMINGS;
        }
        return null;
    }

    /**
     * Whether an item opens with the first responsible person's duty: in its lead clause (up to the
     * first ， or 。), not in passing later (…予以高度重视，主要领导切实履行…第一责任人职责).
     */
    static boolean leadsWithFirstResponsible(String text) {
        int stop = text.length();
        for (char end : new char[] {'，', '。', '；'}) {
            int at = text.indexOf(end);
            if (at >= 0 && at < stop) {
                stop = at;
            }
        }
        return FIRST_RESPONSIBLE_LEAD.matcher(text.substring(0, stop)).find();
    }

    static boolean givesCauses(String sectionText) {
        return CAUSES.matcher(sectionText).find();
    }
}
