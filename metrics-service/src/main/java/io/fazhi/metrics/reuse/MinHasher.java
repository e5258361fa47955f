package io.fazhi.metrics.reuse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

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
    private static final Pattern MASK_NUMBERS = Pattern.compile("[0-9０-９.%]+|[零〇一二两三四五六七八九十百千万]+(?=[余多次场件起条名人个份年月日])");
    private static final Pattern MASK_PLACES = Pattern.compile("[\\u4e00-\\u9fa5]{1,6}?(镇|乡|街道|村|社区|县|区|市)(?=[\\u4e00-\\u9fa5])");
    private static final int[] SEEDS = new int[HASHES];

    static {
        java.util.Random random = new java.util.Random(20210801); // fixed: signatures must be stable across restarts
        for (int i = 0; i < HASHES; i++) {
            SEEDS[i] = random.nextInt() | 1;
        }
    }

    private MinHasher() {
    }

    public static List<PassageSignature> signatures(String text) {
        List<PassageSignature> passages = new ArrayList<>();
        int offset = 0;
        int index = 0;
        for (String paragraph : text.split("\n", -1)) {
            if (paragraph.length() >= MIN_PASSAGE) {
                passages.add(new PassageSignature(index, offset, offset + paragraph.length(), signature(mask(paragraph))));
            }
            index++;
            offset += paragraph.length() + 1;
        }
        return passages;
    }

    static String mask(String paragraph) {
        String s = MASK_NUMBERS.matcher(paragraph).replaceAll("#");
        return MASK_PLACES.matcher(s).replaceAll("@$1");
    }

    static int[] signature(String masked) {
        int[] minima = new int[HASHES];
        java.util.Arrays.fill(minima, Integer.MAX_VALUE);
        for (int i = 0; i + SHINGLE <= masked.length(); i++) {
            int shingle = masked.substring(i, i + SHINGLE).hashCode();
            for (int h = 0; h < HASHES; h++) {
                int value = mix(shingle * SEEDS[h] + h);
                if (value < minima[h]) {
                    minima[h] = value;
                }
            }
        }
        return minima;
    }

    /** One hash per band: passages that agree on every row of some band are candidates. */
    public static int[] bands(int[] signature) {
        int[] bands = new int[BANDS];
        for (int b = 0; b < BANDS; b++) {
            int hash = 17;
            for (int r = 0; r < ROWS; r++) {
                hash = 31 * hash + signature[b * ROWS + r];
            }
            bands[b] = hash;
        }
        return bands;
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
