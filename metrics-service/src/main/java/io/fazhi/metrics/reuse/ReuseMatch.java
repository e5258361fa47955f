package io.fazhi.metrics.reuse;

import java.util.List;

/**
 * Another township's report that shares passages with this one, nearly word for word.
 *
 * @param sharedChars the length of this report's shared passages
 */
public record ReuseMatch(
        String otherReportId, String otherTownshipCode, int sharedChars, List<SharedPassage> passages) {

    /** A passage of this report ({@code start}–{@code end}) and its near copy in the other one. */
    public record SharedPassage(int start, int end, int otherStart, int otherEnd, double similarity) {}
}
