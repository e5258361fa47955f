package io.fazhi.report.parse;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbering styles of headings in Chinese official documents. Their nesting is not fixed
 * (a report may use 一是 for its top level), so levels come from the order styles first appear.
 */
public enum HeadingStyle {
    /** 一、 */
    CHINESE_COMMA("^([一二三四五六七八九十]{1,3})、"),
    /** （一） */
    CHINESE_PAREN("^（([一二三四五六七八九十]{1,3})）"),
    /** 一是 — a heading only as a short line of its own, not as the start of a sentence. */
    CHINESE_SHI("^([一二三四五六七八九十]{1,3})是"),
    /** 1. 1、 */
    ARABIC("^(\\d{1,2})[.．、](?!\\d)"),
    /** （1） */
    ARABIC_PAREN("^（(\\d{1,2})）"),
    /** No number: a heading because its document marks it so (Markdown #, Word's heading style). */
    MARKED(null),
    /** No number: a short line bold throughout (Markdown **…**, Word's bold), a level of its own. */
    BOLD(null);

    private static final int MAX_SHI_HEADING = 40;

    private final Pattern pattern;

    HeadingStyle(String regex) {
        this.pattern = regex == null ? null : Pattern.compile(regex);
    }

    /** The style of a paragraph that opens with a heading number, if it does. */
    static Optional<HeadingStyle> of(String paragraph) {
        for (HeadingStyle style : values()) {
            if (style.pattern == null) {
                continue;
            }
            Matcher m = style.pattern.matcher(paragraph);
            if (m.lookingAt()) {
                if (style == CHINESE_SHI && !isShortStandaloneLine(paragraph)) {
                    return Optional.empty();
                }
                return Optional.of(style);
            }
        }
        return Optional.empty();
    }

    /** Whether a paragraph opens with a heading's number (一、 （一） 1. …; 一是 only on a short line of its own). */
    public static boolean startsHeading(String paragraph) {
        return of(paragraph).isPresent();
    }

    /** The heading text: up to the first full stop, or the whole line when it has none. */
    static String headingText(String paragraph) {
        int stop = paragraph.indexOf('。');
        return stop < 0 ? paragraph : paragraph.substring(0, stop);
    }

    private static boolean isShortStandaloneLine(String paragraph) {
        int stop = paragraph.indexOf('。');
        return paragraph.length() <= MAX_SHI_HEADING && (stop < 0 || stop == paragraph.length() - 1);
    }
}
