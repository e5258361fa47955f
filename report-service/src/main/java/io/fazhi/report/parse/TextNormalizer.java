package io.fazhi.report.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Repairs the damage that conversion from Word or PDF leaves in a report, so that parsing sees
 * the text its authors wrote: one paragraph per line, Markdown markers and page furniture gone,
 * paragraphs split by page breaks joined again, stray spaces around numbers removed, full-width
 * letters and digits made half-width, half-width punctuation inside Chinese made full-width.
 * Every span the parser reports indexes into the text this class returns.
 */
public final class TextNormalizer {

    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^#{1,6}\\s*");
    private static final Pattern MARKDOWN_QUOTE_OR_BULLET = Pattern.compile("^(>\\s*|[*+]\\s+)");
    /** A line bold from end to end: {@code **存在的问题**}. */
    private static final Pattern BOLD_LINE = Pattern.compile("^(\\*\\*|__)[^*_]+(\\*\\*|__)$");

    private static final Pattern MARKDOWN_EMPHASIS = Pattern.compile("\\*\\*|__");
    private static final Pattern HORIZONTAL_RULE = Pattern.compile("^([-*_=]\\s*){3,}$");
    private static final Pattern PAGE_NUMBER =
            Pattern.compile("^([-—–－]\\s*)?\\d{1,3}(\\s*[-—–－])?$|^第\\s*\\d+\\s*页.*$");
    /** The last character of a line that ends a sentence or a clause, so no page break cut it. */
    private static final String TERMINAL = "。！？；：…”』」）)]】";
    /** How a title or header line ends (…的报告, …委员会文件): never the first half of a paragraph. */
    private static final List<String> HEADER_ENDS = List.of("报告", "总结", "文件", "通知", "意见", "方案", "委员会", "人民政府");

    private static final int MIN_BROKEN_LINE = 20;
    /** A line this long holds a whole page: the web page's paragraphs were joined with spaces. */
    private static final int FLATTENED_LINE = 300;
    /** Where such a line had its headings: a space before 一、 or (一). */
    private static final Pattern FLATTENED_HEADING =
            Pattern.compile("[ \u3000\u00A0]+(?=[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])");

    private TextNormalizer() {}

    /** A line that is only a page number (— 3 —, 第3页): page furniture, wherever it is. */
    public static boolean isPageNumber(String line) {
        return PAGE_NUMBER.matcher(widthFold(line).strip()).matches();
    }

    public static String normalize(String raw) {
        return normalizeMarked(raw).text();
    }

    /**
     * The normalised text, and its paragraphs the source marked as headings though no number says
     * so: Markdown {@code #} ({@link HeadingStyle#MARKED}) or a line bold throughout, {@code **…**}
     * ({@link HeadingStyle#BOLD}); intake writes a Word heading style and bold so.
     */
    public record Normalized(String text, Map<String, HeadingStyle> markedHeadings) {}

    public static Normalized normalizeMarked(String raw) {
        List<String> lines = new ArrayList<>();
        Map<String, HeadingStyle> marked = new HashMap<>();
        String firstLine = null;
        Set<String> seen = new HashSet<>();
        for (String rawLine : unifyLineBreaks(raw).split("\n", -1)) {
            for (String line : unflattened(rawLine)) {
                String cleaned = cleanLine(line);
                if (cleaned.isEmpty()
                        || (cleaned.length() <= 12
                                && (HORIZONTAL_RULE.matcher(cleaned).matches()
                                        || PAGE_NUMBER.matcher(cleaned).matches()))) {
                    lines.add("");
                    continue;
                }
                if (firstLine == null) {
                    firstLine = cleaned;
                } else if (cleaned.equals(firstLine) && cleaned.length() >= 6 && !seen.add(cleaned)) {
                    continue; // a running page header repeating the document's first line
                }
                String source = widthFold(line).strip();
                if (source.startsWith("#")) {
                    marked.put(cleaned, HeadingStyle.MARKED);
                } else if (BOLD_LINE.matcher(source).matches()) {
                    marked.putIfAbsent(cleaned, HeadingStyle.BOLD);
                }
                seen.add(cleaned);
                lines.add(cleaned);
            }
        }
        return new Normalized(joinParagraphs(lines, marked.keySet()), Map.copyOf(marked));
    }

    /**
     * A line, or the lines of a page flattened into one, its headings put back at the start of
     * their own lines. Such a line always holds its first heading after a space; other long lines
     * are paragraphs and stay whole.
     */
    private static String[] unflattened(String line) {
        boolean flattened = line.length() > FLATTENED_LINE
                && (line.contains(" 一、") || line.contains(" (一)") || line.contains(" （一）"));
        return flattened ? FLATTENED_HEADING.split(line, -1) : new String[] {line};
    }

    private static String unifyLineBreaks(String raw) {
        String text = raw.startsWith("\uFEFF") ? raw.substring(1) : raw;
        return text.replace("\r\n", "\n").replace('\r', '\n').replace('\f', '\n');
    }

    private static String cleanLine(String line) {
        String s = widthFold(line).strip();
        if (!s.isEmpty() && "#>*+".indexOf(s.charAt(0)) >= 0) {
            s = MARKDOWN_HEADING.matcher(s).replaceFirst("");
            s = MARKDOWN_QUOTE_OR_BULLET.matcher(s).replaceFirst("");
        }
        if (s.indexOf("**") >= 0 || s.indexOf("__") >= 0) {
            s = MARKDOWN_EMPHASIS.matcher(s).replaceAll("");
        }
        return tidySpacesAndPunctuation(s.strip());
    }

    /** Full-width digits, letters and spaces to half-width; the ideographic space to a space. */
    private static String widthFold(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= '０' && c <= '９') || (c >= 'Ａ' && c <= 'Ｚ') || (c >= 'ａ' && c <= 'ｚ')) {
                out.append((char) (c - 0xFEE0));
            } else if (c == '\u3000' || c == '\u00A0' || c == '\t') {
                out.append(' ');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Drops spaces between a Han character and a digit or Chinese punctuation (2024 年, 526 余件),
     * and makes ASCII punctuation next to Han characters full-width ((五) 狠抓, 力度, 积极).
     */
    private static String tidySpacesAndPunctuation(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == ' ') {
                char before = lastNonSpace(out);
                char after = nextNonSpace(s, i);
                if (dropsSpace(before, after)) {
                    continue;
                }
                if (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
                    continue;
                }
                out.append(c);
                continue;
            }
            char before = lastNonSpace(out);
            char after = nextNonSpace(s, i);
            boolean chineseContext = Cjk.isHanOrCjkPunctuation(before) || Cjk.isHanOrCjkPunctuation(after);
            char replaced = chineseContext ? fullWidth(c, before, after) : c;
            if (replaced != c) {
                trimTrailingSpace(out);
            }
            out.append(replaced);
        }
        return out.toString();
    }

    private static boolean dropsSpace(char before, char after) {
        boolean hanBefore = Cjk.isHanOrCjkPunctuation(before);
        boolean hanAfter = Cjk.isHanOrCjkPunctuation(after);
        boolean digitBefore = Character.isDigit(before) || before == '%';
        boolean digitAfter = Character.isDigit(after);
        return (hanBefore && digitAfter)
                || (digitBefore && hanAfter)
                || (hanBefore && Cjk.isCjkPunctuation(after))
                || (Cjk.isCjkPunctuation(before) && hanAfter);
    }

    private static char fullWidth(char c, char before, char after) {
        return switch (c) {
            case ',' -> Character.isDigit(before) && Character.isDigit(after) ? c : '，';
            case ';' -> '；';
            case ':' -> Character.isDigit(before) && Character.isDigit(after) ? c : '：';
            case '(' -> '（';
            case ')' -> '）';
            case '?' -> '？';
            case '!' -> '！';
            default -> c;
        };
    }

    /** Joins a paragraph that a page break cut in two: a long line that does not end a sentence. */
    private static String joinParagraphs(List<String> lines, Set<String> marked) {
        List<String> paragraphs = new ArrayList<>();
        for (String line : lines) {
            if (line.isEmpty()) {
                continue;
            }
            if (!paragraphs.isEmpty()) {
                String previous = paragraphs.get(paragraphs.size() - 1);
                if (!marked.contains(previous) && !marked.contains(line) && continues(previous, line)) {
                    paragraphs.set(paragraphs.size() - 1, previous + line);
                    continue;
                }
            }
            paragraphs.add(line);
        }
        return String.join("\n", paragraphs);
    }

    private static boolean continues(String previous, String next) {
        return previous.length() >= MIN_BROKEN_LINE
                && TERMINAL.indexOf(previous.charAt(previous.length() - 1)) < 0
                && HEADER_ENDS.stream().noneMatch(previous::endsWith)
                && !HeadingStyle.startsHeading(previous)
                && !HeadingStyle.startsHeading(next)
                && Cjk.isHan(next.codePointAt(0))
                && Cjk.isHan(previous.codePointBefore(previous.length()));
    }

    private static char lastNonSpace(StringBuilder out) {
        for (int i = out.length() - 1; i >= 0; i--) {
            if (out.charAt(i) != ' ') {
                return out.charAt(i);
            }
        }
        return 0;
    }

    private static char nextNonSpace(String s, int from) {
        for (int i = from + 1; i < s.length(); i++) {
            if (s.charAt(i) != ' ') {
                return s.charAt(i);
            }
        }
        return 0;
    }

    private static void trimTrailingSpace(StringBuilder out) {
        while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
            out.setLength(out.length() - 1);
        }
    }
}
