package io.fazhi.metrics.score;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What makes a sentence checkable (DOMAIN §5.3): a count with its unit, a law or document named
 * in 《》, a named person, a named body or system, a date.
 */
final class SpecificityMarkers {

    private static final Pattern REGULATION = Pattern.compile("《([^》]{2,40})》");
    /** What may follow a document's name inside its marks: (试行), （2021—2025年）, 2022-2025. */
    private static final Pattern NAME_TAIL =
            Pattern.compile("\\s*([（(][^）)]{1,12}[）)]|\\d{4}\\s*[-—–至]\\s*\\d{4}年?)\\s*$");
    /** A 一 that stands alone (一名, 一支): "one X", never a checkable count. */
    private static final Pattern LONE_ONE = Pattern.compile("(?<![0-9零〇一二两三四五六七八九十百千万])一(?![0-9零〇一二两三四五六七八九十百千万])");

    private static final ReadingRules RULES = ReadingRules.DEFAULT;
    /** The last character of every unit a count may have (人次 ends in 次, 万元 in 元). */
    private static final String UNIT_CHARS = "次场件起条名人个份期批户项家所支篇%元";

    private static final String NUMERALS = "一二两三四五六七八九十百千万";

    private static final Pattern DATE =
            Pattern.compile("\\d{4}年\\d{1,2}月|\\d{1,2}月\\d{1,2}日|[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日");

    private SpecificityMarkers() {}

    /**
     * Whether one of {@code words} follows two Han characters that are a name, not a word such as
     * 聘请 or 党委 (the rules' notNames): found by indexOf, not by a backtracking regex.
     */
    private static boolean named(String sentence, List<String> words) {
        for (String word : words) {
            for (int at = sentence.indexOf(word, 2); at >= 2; at = sentence.indexOf(word, at + 1)) {
                if (han(sentence.charAt(at - 1))
                        && han(sentence.charAt(at - 2))
                        && !RULES.notNames().contains(sentence.substring(at - 2, at))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the sentence states a count: a number (digits, or Chinese numerals), then 万, then
     * 余 or 多, each optional, then a unit, with spaces allowed before and after the 万/余 part
     * (3次, 二十余场, 1.5 万元, 两万余人次). Read back from each unit rather than by a regex tried at
     * every position: this runs on every sentence of every report, and most have no unit at all.
     */
    static boolean counts(String sentence) {
        for (int unit = 1; unit < sentence.length(); unit++) {
            if (UNIT_CHARS.indexOf(sentence.charAt(unit)) < 0) {
                continue;
            }
            int at = spacesBefore(sentence, unit - 1);
            if (at >= 0 && (sentence.charAt(at) == '余' || sentence.charAt(at) == '多')) {
                at--;
            }
            // 万 is a numeral as well as a multiplier: "3万" and "数万" both end in a number
            at = spacesBefore(sentence, at);
            if (at >= 0 && (isDigit(sentence.charAt(at)) || NUMERALS.indexOf(sentence.charAt(at)) >= 0)) {
                return true;
            }
        }
        return false;
    }

    /** The index of the last character at or before {@code at} that is not a space (ASCII, as regex \\s). */
    private static int spacesBefore(String sentence, int at) {
        while (at >= 0 && " \t\n\u000B\f\r".indexOf(sentence.charAt(at)) >= 0) {
            at--;
        }
        return at;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean han(char c) {
        return c >= 0x4E00 && c <= 0x9FA5;
    }

    static List<String> in(String sentence) {
        List<String> markers = new ArrayList<>(2);
        if (counts(withoutSetNumbers(sentence))) {
            markers.add("number");
        }
        if (sentence.indexOf('《') >= 0 && namesRegulation(sentence)) {
            markers.add("regulation");
        }
        if (named(sentence, RULES.personTitles())) {
            markers.add("person");
        }
        if (named(sentence, RULES.bodyWords())) {
            markers.add("body");
        }
        if ((sentence.indexOf('月') >= 0 || sentence.indexOf('日') >= 0)
                && DATE.matcher(sentence).find()) {
            markers.add("date");
        }
        return markers;
    }

    /** The sentence with the numbers of set phrases (三项制度) and every lone 一 blanked out. */
    static String withoutSetNumbers(String sentence) {
        String s = sentence;
        for (String phrase : RULES.setPhrases()) {
            if (s.contains(phrase)) {
                s = s.replace(phrase, "□".repeat(phrase.length()));
            }
        }
        return s.indexOf('一') >= 0 ? LONE_ONE.matcher(s).replaceAll("□") : s;
    }

    /** A name in 《》 that ends as a law or document does: 《民法典》, not 《学习强国》. */
    private static boolean namesRegulation(String sentence) {
        Matcher m = REGULATION.matcher(sentence);
        while (m.find()) {
            String name = NAME_TAIL.matcher(m.group(1)).replaceFirst("");
            if (RULES.regulationEndings().stream().anyMatch(name::endsWith)) {
                return true;
            }
        }
        return false;
    }
}
