package io.fazhi.metrics.reuse;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a report into MinHash signatures of its paragraphs, for finding passages other townships
 * copied nearly word for word. Copies change names and counts, so digits, Chinese numerals and
 * place names are masked before the text is cut into 5-character shingles.
 * Signatures have {@link #HASHES} values, read by LSH in {@link #BANDS} bands of {@link #ROWS}.
 */
public final class MinHasher {

    public static final int BANDS = 16;
    public static final int ROWS = 4;
    public static final int HASHES = BANDS * ROWS;
    /** Paragraphs shorter than this are headings or boilerplate, not passages worth tracking. */
    static final int MIN_PASSAGE = 60;

    private static final int SHINGLE = 5;
    private static final String NUMERALS = "零〇一二两三四五六七八九十百千万";
    /** What follows a Chinese numeral that is a count (二十余次), not a word (一体化). */
    private static final String COUNTED = "余多次场件起条名人个份年月日";
    /** Last characters of place names (南宋镇, 北西村, 上党区, 东城街道 → 街道's 道 after 街). */
    private static final String PLACE_ENDS = "镇乡村县区市";

    private static final int[] SEEDS = new int[HASHES];

    static {
        java.util.Random random = new java.util.Random(20210801); // fixed: signatures must be stable across restarts
        for (int i = 0; i < HASHES; i++) {
            SEEDS[i] = random.nextInt() | 1;
        }
    }

    private MinHasher() {}

    public static List<PassageSignature> signatures(String text) {
        List<PassageSignature> passages = new ArrayList<>();
        int offset = 0;
        int index = 0;
        for (String paragraph : text.split("\n", -1)) {
            if (paragraph.length() >= MIN_PASSAGE) {
                passages.add(
                        new PassageSignature(index, offset, offset + paragraph.length(), signature(mask(paragraph))));
            }
            index++;
            offset += paragraph.length() + 1;
        }
        return passages;
    }

    /** Counts to #, and a place name (the two characters before its 镇/乡/村/县/区/市/街道) to @@. */
    static String mask(String paragraph) {
        char[] s = maskNumbers(paragraph);
        for (int i = 2; i < s.length; i++) {
            boolean placeEnd = PLACE_ENDS.indexOf(s[i]) >= 0 || (s[i] == '道' && s[i - 1] == '街');
            if (placeEnd) {
                int nameEnd = s[i] == '道' ? i - 2 : i - 1;
                for (int j = Math.max(0, nameEnd - 1); j <= nameEnd; j++) {
                    if (s[j] >= 0x4E00 && s[j] <= 0x9FA5) {
                        s[j] = '@';
                    }
                }
            }
        }
        return new String(s);
    }

    /**
     * One-permutation MinHash: each shingle is hashed once and kept as the minimum of one of
     * {@link #HASHES} bins, then empty bins borrow from the next filled one (densification), so a
     * signature costs one hash per shingle instead of one per shingle and bin.
     */
    static int[] signature(String masked) {
        int[] minima = new int[HASHES];
        java.util.Arrays.fill(minima, Integer.MAX_VALUE);
        boolean[] filled = new boolean[HASHES];
        for (int i = 0; i + SHINGLE <= masked.length(); i++) {
            int h = SEEDS[0];
            for (int j = i; j < i + SHINGLE; j++) {
                h = 31 * h + masked.charAt(j);
            }
            h = mix(h);
            int bin = (h >>> 1) % HASHES;
            int value = mix(h ^ SEEDS[1]);
            if (value < minima[bin]) {
                minima[bin] = value;
                filled[bin] = true;
            }
        }
        for (int bin = 0; bin < HASHES; bin++) {
            if (!filled[bin]) {
                for (int step = 1; step < HASHES; step++) {
                    int from = (bin + step) % HASHES;
                    if (filled[from]) {
                        minima[bin] = mix(minima[from] + bin);
                        break;
                    }
                }
            }
        }
        return minima;
    }

    /** Every run of digits, and every Chinese numeral run before a counted unit, becomes one #. */
    private static char[] maskNumbers(String paragraph) {
        StringBuilder out = new StringBuilder(paragraph.length());
        int i = 0;
        while (i < paragraph.length()) {
            char c = paragraph.charAt(i);
            int end = i;
            if ((c >= '0' && c <= '9') || (c >= '０' && c <= '９') || c == '%') {
                while (end < paragraph.length() && ("0123456789０１２３４５６７８９.%".indexOf(paragraph.charAt(end)) >= 0)) {
                    end++;
                }
            } else if (NUMERALS.indexOf(c) >= 0) {
                while (end < paragraph.length() && NUMERALS.indexOf(paragraph.charAt(end)) >= 0) {
                    end++;
                }
                if (end >= paragraph.length() || COUNTED.indexOf(paragraph.charAt(end)) < 0) {
                    end = i; // a word such as 一体化, not a count
                }
            }
            if (end > i) {
                out.append('#');
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString().toCharArray();
    }

    /**
     * One bucket per band: passages in the same bucket agree on every row of that band, so they are
     * candidates. A bucket is one number, the band in the high 32 bits and the hash of its rows in
     * the low 32, so two bands never share a bucket and an index needs one key, not two.
     */
    public static long[] buckets(int[] signature) {
        long[] buckets = new long[BANDS];
        for (int b = 0; b < BANDS; b++) {
            int hash = 17;
            for (int r = 0; r < ROWS; r++) {
                hash = 31 * hash + signature[b * ROWS + r];
            }
            buckets[b] = ((long) b << 32) | (hash & 0xFFFFFFFFL);
        }
        return buckets;
    }

    /** MurmurHash3's finaliser: spreads the bits so the minima are uniform. */
    private static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h;
    }
}
