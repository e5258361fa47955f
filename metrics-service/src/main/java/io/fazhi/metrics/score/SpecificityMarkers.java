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
    private static final Pattern PERSON = Pattern.compile("[\\u4e00-\\u9fa5]{2,3}(律师|同志|书记|镇长|乡长|主任)");
    private static final Pattern BODY = Pattern.compile(
            "[\\u4e00-\\u9fa5]{2,}(领导小组|委员会|工作室|调解室|服务站|服务中心|司法所|派出所|法庭|平台|系统|办公室|中心)");
    private static final Pattern DATE = Pattern.compile("\\d{4}年\\d{1,2}月|\\d{1,2}月\\d{1,2}日|[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日");

    private SpecificityMarkers() {
    }

    static List<String> in(String sentence) {
        List<String> markers = new ArrayList<>(2);
        if (NUMBER.matcher(sentence).find()) {
            markers.add("number");
        }
        if (REGULATION.matcher(sentence).find()) {
            markers.add("regulation");
        }
        if (PERSON.matcher(sentence).find()) {
            markers.add("person");
        }
        if (BODY.matcher(sentence).find()) {
            markers.add("body");
        }
        if (DATE.matcher(sentence).find()) {
            markers.add("date");
        }
        return markers;
    }
}
