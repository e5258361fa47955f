package io.fazhi.report.extract;

/** A list counter written in one of Word's number formats (w:numFmt), as Word draws it. */
final class ListLabels {

    private static final String DIGITS = "〇一二三四五六七八九";
    private static final String STEMS = "甲乙丙丁戊己庚辛壬癸";
    private static final String BRANCHES = "子丑寅卯辰巳午未申酉戌亥";

    private ListLabels() {}

    static String write(int value, String format) {
        return switch (format) {
            case "chineseCounting",
                    "chineseCountingThousand",
                    "japaneseCounting",
                    "taiwaneseCounting",
                    "chineseLegalSimplified" -> chinese(value);
            case "ideographDigital", "taiwaneseDigital" ->
                Integer.toString(value)
                        .chars()
                        .mapToObj(c -> String.valueOf(DIGITS.charAt(c - '0')))
                        .reduce("", String::concat);
            case "ideographTraditional" ->
                value >= 1 && value <= 10 ? String.valueOf(STEMS.charAt(value - 1)) : chinese(value);
            case "ideographZodiac" ->
                value >= 1 && value <= 12 ? String.valueOf(BRANCHES.charAt(value - 1)) : chinese(value);
            case "decimalEnclosedCircle", "decimalEnclosedCircleChinese" ->
                value >= 1 && value <= 20 ? String.valueOf((char) ('①' + value - 1)) : Integer.toString(value);
            case "decimalFullWidth", "decimalFullWidth2" ->
                Integer.toString(value)
                        .chars()
                        .mapToObj(c -> String.valueOf((char) (c - '0' + '０')))
                        .reduce("", String::concat);
            case "upperLetter" -> letters(value).toUpperCase();
            case "lowerLetter" -> letters(value);
            case "upperRoman" -> roman(value);
            case "lowerRoman" -> roman(value).toLowerCase();
            default -> Integer.toString(value);
        };
    }

    /** 1 一, 10 十, 11 十一, 20 二十, 105 一百零五: as a Chinese reader counts headings. */
    static String chinese(int value) {
        if (value <= 0) {
            return String.valueOf(DIGITS.charAt(0));
        }
        if (value < 10) {
            return String.valueOf(DIGITS.charAt(value));
        }
        if (value < 20) {
            return "十" + (value % 10 == 0 ? "" : DIGITS.charAt(value % 10));
        }
        if (value < 100) {
            return DIGITS.charAt(value / 10) + "十" + (value % 10 == 0 ? "" : String.valueOf(DIGITS.charAt(value % 10)));
        }
        if (value < 1000) {
            int rest = value % 100;
            return DIGITS.charAt(value / 100) + "百"
                    + (rest == 0
                            ? ""
                            : rest < 10 ? "零" + DIGITS.charAt(rest) : rest < 20 ? "一" + chinese(rest) : chinese(rest));
        }
        return Integer.toString(value);
    }

    private static String letters(int value) {
        if (value <= 0) {
            return "";
        }
        // Word repeats the letter past z: aa, bb, …
        char letter = (char) ('a' + (value - 1) % 26);
        return String.valueOf(letter).repeat((value - 1) / 26 + 1);
    }

    private static String roman(int value) {
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] numerals = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder roman = new StringBuilder();
        for (int i = 0; i < values.length && value > 0; i++) {
            while (value >= values[i]) {
                roman.append(numerals[i]);
                value -= values[i];
            }
        }
        return roman.toString();
    }
}
