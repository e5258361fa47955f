package io.fazhi.report.intake;

import java.util.List;

/**
 * Tesseract's TSV output as text: words (level 5) joined into their lines, Chinese characters
 * without the spaces the engine puts between them, and the words' confidence weighted by length.
 */
final class TesseractTsv {

    private TesseractTsv() {
    }

    static OcrPage page(List<String> rows) {
        StringBuilder text = new StringBuilder();
        String line = null;
        double confidence = 0;
        int characters = 0;
        for (String row : rows.subList(Math.min(1, rows.size()), rows.size())) {
            String[] cells = row.split("\t", -1);
            if (cells.length < 12 || !cells[0].equals("5")) {
                continue;
            }
            String word = cells[11].strip();
            double conf = parse(cells[10]);
            if (word.isEmpty() || conf < 0) {
                continue;
            }
            String key = cells[2] + "/" + cells[3] + "/" + cells[4];
            if (!key.equals(line)) {
                if (line != null) {
                    text.append('\n');
                }
                line = key;
            } else if (ascii(text.charAt(text.length() - 1)) && ascii(word.charAt(0))) {
                text.append(' ');
            }
            text.append(word);
            confidence += conf * word.length();
            characters += word.length();
        }
        return new OcrPage(text.toString(), characters == 0 ? 0 : confidence / characters, characters);
    }

    private static boolean ascii(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }

    private static double parse(String value) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
