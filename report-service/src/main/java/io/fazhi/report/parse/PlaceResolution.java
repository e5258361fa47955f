package io.fazhi.report.parse;

import io.fazhi.platform.places.Place;
import java.util.List;

/**
 * Which township wrote a report. Either {@code township} is set (resolved, with the evidence in
 * {@code candidates}), or it is null and {@code candidates} lists every township still possible —
 * never a confident wrong answer.
 */
public record PlaceResolution(Place township, List<PlaceCandidate> candidates, List<String> warnings) {

    public boolean resolved() {
        return township != null;
    }

    /** The longest code prefix shared by every candidate: who may see an unresolved report. */
    public String commonPrefix() {
        if (township != null) {
            return township.code();
        }
        String prefix = null;
        for (PlaceCandidate candidate : candidates) {
            String code = candidate.township().code();
            if (prefix == null) {
                prefix = code;
            } else {
                int i = 0;
                while (i < Math.min(prefix.length(), code.length()) && prefix.charAt(i) == code.charAt(i)) {
                    i++;
                }
                prefix = prefix.substring(0, i);
            }
        }
        if (prefix == null) {
            return "";
        }
        // Cut back to a whole place code: 320 (from 320681106 and 320904109) is no place, 32 is Jiangsu.
        for (int length : new int[] {9, 6, 4, 2}) {
            if (prefix.length() >= length) {
                return prefix.substring(0, length);
            }
        }
        return "";
    }
}
