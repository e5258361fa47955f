package io.fazhi.metrics.indicators;

import java.util.OptionalDouble;

/**
 * Reads the numbers reports write: 526, 1.8万, 二十, 两万, 一百二十, 三千五百. Qualifiers (余/多/近/
 * 左右) are read by the caller; this class reads the quantity alone.
 */
public final class QuantityReader {

    private static final String DIGITS = "零一二三四五六七八九";

    private QuantityReader() {}

    /**
     * @param number Arabic (with decimals) or Chinese numerals
     * @param tenThousands whether 万 follows: the value is multiplied by 10,000
     */
    public static OptionalDouble read(String number, boolean tenThousands) {
        OptionalDouble value =
                number.chars().allMatch(c -> Character.isDigit(c) || c == '.') ? arabic(number) : chinese(number);
        if (value.isEmpty()) {
            return value;
        }
        return OptionalDouble.of(tenThousands ? value.getAsDouble() * 10_000 : value.getAsDouble());
    }

    private static OptionalDouble arabic(String number) {
        try {
            return OptionalDouble.of(Double.parseDouble(number));
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }

    /** Chinese numerals up to 千 (万 is the caller's multiplier): 二十 = 20, 一百零五 = 105. */
    private static OptionalDouble chinese(String number) {
        String s = number.replace('两', '二').replace('〇', '零');
        long total = 0;
        long digit = -1;
        for (char c : s.toCharArray()) {
            int d = DIGITS.indexOf(c);
            if (d >= 0) {
                digit = d;
                continue;
            }
            long unit = switch (c) {
                case '十' -> 10;
                case '百' -> 100;
                case '千' -> 1000;
                default -> -1;
            };
            if (unit < 0) {
                return OptionalDouble.empty();
            }
            total += (digit < 0 ? 1 : digit) * unit; // 十二: a bare 十 means one ten
            digit = -1;
        }
        if (digit > 0) {
            total += digit;
        }
        return total == 0 && digit < 0 && !s.contains("零") ? OptionalDouble.empty() : OptionalDouble.of(total);
    }
}
