package io.fazhi.console.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * report-service's warnings (written for the API's callers) as a clerk reads them. A warning this
 * page does not know is shown as the API wrote it rather than dropped.
 */
public final class PlainWarnings {

    /** Where a year was read, as the warnings name it (YearSource's phrases). */
    private static final Map<String, String> SOURCES = Map.of(
            "the request",
            "报送时填写的年度",
            "the title",
            "标题",
            "the opening of the text",
            "正文开头",
            "the date of issue",
            "成文日期",
            "the document number",
            "文号",
            "the date it was received",
            "收到日期");

    private static final Map<Pattern, String> RULES = new LinkedHashMap<>();

    static {
        rule("submitted for year (\\d+) but (.+) says (\\d+)", "报送时填写的年度为$1年，但{2}写的是$3年。");
        rule("submitted for year (\\d+) but the text names \\[(.*)\\]", "报送时填写的年度为$1年，但正文提到的年度是$2。");
        rule("the text names no year it covers; taken as (\\d+) from (.+)", "正文没有写明报告年度，按{2}推定为$1年。");
        rule("submitted for (.+) \\((\\d{9})\\) but the text names (.+) \\((\\d{9})\\)", "报送账号为$1（$2），但正文写的是$3（$4）。");
        rule("the text names no township.*", "正文中没有找到乡镇名称，需由县级司法局确认是哪个乡镇的报告。");
        rule("township name (\\S+) fits (\\d+) places.*", "乡镇名称“$1”对应$2个地方，正文没有说明是哪一个，需由县级司法局确认。");
        rule("no headings found.*", "没有找到各级标题，报告的结构无法识别。");
        rule("Traditional characters converted.*", "报告为繁体字，已转换为简体字后分析。");
        rule("the bytes are not (\\S+) as declared", "文件的实际编码不是声明的$1。");
        rule("decoded as (\\S+)", "按$1编码读取。");
        rule("the text was read by OCR .* mean confidence of (\\d+)%", "正文由文字识别（OCR）从扫描件读出，平均置信度$1%，请核对原件。");
        rule("page (\\d+) of the scan could not be read by OCR", "扫描件第$1页无法识别。");
    }

    private PlainWarnings() {}

    public static List<String> of(List<String> warnings) {
        return warnings == null
                ? List.of()
                : warnings.stream().map(PlainWarnings::plain).toList();
    }

    static String plain(String warning) {
        for (Map.Entry<Pattern, String> rule : RULES.entrySet()) {
            Matcher m = rule.getKey().matcher(warning);
            if (m.matches()) {
                String words = m.replaceFirst(rule.getValue().replace("{2}", "\u0000"));
                return m.groupCount() >= 2
                        ? words.replace("\u0000", SOURCES.getOrDefault(m.group(2), m.group(2)))
                        : words;
            }
        }
        return warning;
    }

    private static void rule(String regex, String words) {
        RULES.put(Pattern.compile(regex), words);
    }
}
