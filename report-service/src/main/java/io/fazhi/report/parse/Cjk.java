package io.fazhi.report.parse;

/** Character classes of Chinese text. */
final class Cjk {

    private Cjk() {}

    /** A Han character (the unified ideographs and their extension A). */
    static boolean isHan(int c) {
        return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF);
    }

    /** Full-width punctuation of Chinese text (，。、；：？！“”‘’（）《》〔〕【】…—). */
    static boolean isCjkPunctuation(int c) {
        return (c >= 0x3000 && c <= 0x303F)
                || (c >= 0xFF00 && c <= 0xFF0F)
                || (c >= 0xFF1A && c <= 0xFF20)
                || c == 0x201C
                || c == 0x201D
                || c == 0x2018
                || c == 0x2019
                || c == 0x2026
                || c == 0x2014;
    }

    static boolean isHanOrCjkPunctuation(int c) {
        return isHan(c) || isCjkPunctuation(c);
    }
}
