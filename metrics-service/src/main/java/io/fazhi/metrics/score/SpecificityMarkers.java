package io.fazhi.metrics.score;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What makes a sentence checkable (DOMAIN §5.3): a count with its unit, a law or document named
 * in 《》, a named person, a named body or system, a date.
 */
final class SpecificityMarkers {

    private static final Pattern NUMBER = Pattern.compile(
            "(\\d+(\\.\\d+)?|[一二两三四五六七八九十百千万]+)\\s*(万)?(余|多)?\\s*(次|场|件|起|条|名|人次|人|个|份|期|批|户|项|家|所|支|篇|%|万元|元)");
    private static final Pattern REGULATION = Pattern.compile("《[^》]{2,40}》");
    private static final String UNIT_CHARS = "次场件起条名人个份期批户项家所支篇%元";

    /** A named person: two Han characters (a name) before one of these titles. */
    private static final List<String> PERSON_TITLES = List.of("律师", "同志", "书记", "镇长", "乡长", "主任");
    /** A named body or system: two Han characters (its name) before one of these words. */
    private static final List<String> BODY_WORDS = List.of("领导小组", "委员会", "工作室", "调解室", "服务站", "服务中心",
            "司法所", "派出所", "法庭", "平台", "系统", "办公室", "中心");
    private static final Pattern DATE = Pattern.compile("\\d{4}年\\d{1,2}月|\\d{1,2}月\\d{1,2}日|[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日");

    private SpecificityMarkers() {
    }

    /** Whether one of {@code words} follows two Han characters: found by indexOf, not by a backtracking regex. */
    private static boolean named(String sentence, List<String> words) {
        for (String word : words) {
            for (int at = sentence.indexOf(word, 2); at >= 2; at = sentence.indexOf(word, at + 1)) {
                if (han(sentence.charAt(at - 1)) && han(sentence.charAt(at - 2))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A count needs one of its units: most slogan sentences have none, and skip the regex. */
    private static boolean mayCount(String sentence) {
        for (int i = 0; i < sentence.length(); i++) {
            if (UNIT_CHARS.indexOf(sentence.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean han(char c) {
        return c >= 0x4E00 && c <= 0x9FA5;
    }

    static List<String> in(String sentence) {
        List<String> markers = new ArrayList<>(2);
        if (mayCount(sentence) && NUMBER.matcher(sentence).find()) {
            markers.add("number");
        }
        if (sentence.indexOf('《') >= 0 && REGULATION.matcher(sentence).find()) {
            markers.add("regulation");
        }
        if (named(sentence, PERSON_TITLES)) {
            markers.add("person");
        }
        if (named(sentence, BODY_WORDS)) {
            markers.add("body");
        }
        if ((sentence.indexOf('月') >= 0 || sentence.indexOf('日') >= 0) && DATE.matcher(sentence).find()) {
            markers.add("date");
        }
        return markers;
    }
}
