package io.fazhi.report.extract;

import io.fazhi.report.parse.HeadingStyle;

/**
 * Whether a line on a page goes on in the next one, for text that keeps lines but not paragraphs
 * (a PDF's text layer, OCR). A line that runs to the right edge of its block and is followed by one
 * that starts at the left edge, not indented as a 公文 paragraph's first line is, was wrapped by the
 * page — unless it ends a sentence and the next line opens with a heading's number, as a paragraph
 * that happens to fill its last line does before a heading set flush left.
 */
final class WrappedLine {

    /** How close to the block's right edge a wrapped line ends, in characters. */
    private static final double FULL_LINE = 1.5;
    /** How far right of the block's left edge a continuation may start, in characters. */
    private static final double NOT_INDENTED = 0.8;

    private static final String SENTENCE_END = "。！？：；!?:;";
    private static final String CLOSING = "”’）)」』";

    private WrappedLine() {}

    static boolean continues(
            String line,
            double right,
            String next,
            double nextLeft,
            double blockLeft,
            double blockRight,
            double charWidth) {
        if (charWidth <= 0 || next.isBlank()) {
            return false;
        }
        boolean fills = right >= blockRight - FULL_LINE * charWidth;
        boolean notIndented = nextLeft <= blockLeft + NOT_INDENTED * charWidth;
        return fills && notIndented && !(endsSentence(line) && HeadingStyle.startsHeading(next.strip()));
    }

    private static boolean endsSentence(String line) {
        String text = line.strip();
        int end = text.length();
        while (end > 0 && CLOSING.indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return end > 0 && SENTENCE_END.indexOf(text.charAt(end - 1)) >= 0;
    }
}
