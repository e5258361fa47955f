package io.fazhi.report.formats;

/** How much of a text's Chinese characters OCR got right: 1 − edit distance / length, over Han characters only. */
final class OcrAccuracy {

    private OcrAccuracy() {}

    static double of(String source, String read) {
        String a = han(source);
        String b = han(read);
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return a.isEmpty() ? 0 : 1.0 - (double) previous[b.length()] / a.length();
    }

    private static String han(String text) {
        StringBuilder han = new StringBuilder();
        text.codePoints().filter(c -> c >= 0x4E00 && c <= 0x9FFF).forEach(han::appendCodePoint);
        return han.toString();
    }
}
