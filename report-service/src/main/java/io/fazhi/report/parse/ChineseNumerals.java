package io.fazhi.report.parse;

import java.util.OptionalInt;

/** Chinese numerals as written in reports and dates: 一 … 九十九, 两, and the digit form 二〇二五. */
public final class ChineseNumerals {

    private static final String DIGITS = "〇一二三四五六七八九";

    private ChineseNumerals() {}

    /** 二十三 → 23, 十 → 10, 两 → 2, 二〇二五 → 2025; empty when it is not such a numeral. */
    public static OptionalInt parse(String numeral) {
        if (numeral == null || numeral.isEmpty()) {
            return OptionalInt.empty();
        }
        String s = numeral.replace('两', '二').replace('零', '〇').replace('○', '〇');
        if (s.indexOf('十') < 0) {
            int value = 0;
            for (char c : s.toCharArray()) {
                int d = DIGITS.indexOf(c);
                if (d < 0) {
                    return OptionalInt.empty();
                }
                value = value * 10 + d;
            }
            return OptionalInt.of(value);
        }
        int ten = s.indexOf('十');
        if (s.indexOf('十', ten + 1) >= 0 || s.length() > 3) {
            return OptionalInt.empty();
        }
        int tens = ten == 0 ? 1 : DIGITS.indexOf(s.charAt(0));
        int units = ten == s.length() - 1 ? 0 : DIGITS.indexOf(s.charAt(ten + 1));
        if (tens <= 0 || units < 0 || (ten > 1)) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(tens * 10 + units);
    }
}
