package io.fazhi.metrics.reuse;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Where passage signatures of all reports live, looked up by LSH band so finding the reports a
 * passage may be copied from never scans them all.
 */
public interface ReuseIndex {

    /** An indexed passage of some report. */
    record Indexed(String reportId, String townshipCode, PassageSignature signature) {}

    /**
     * A band bucket holding more passages than this is boilerplate many reports share (opening
     * formulas); its members are not candidates, and once seen over the limit it stays
     * boilerplate and takes no further passages, which keeps lookups and the index cheap.
     */
    int MAX_BUCKET = 50;

    /**
     * A candidate shares at least this many bands with the passage (4). Passages alike enough to
     * count as the same text ({@link ReuseDetector#SAME_TEXT}: at least 52 of 64 minima equal)
     * differ in at most 12 minima, hence in at most 12 of the 16 bands: fewer shared bands can only
     * be a chance collision, or a passage whose likeness lies in boilerplate buckets.
     */
    int MIN_SHARED_BANDS =
            MinHasher.BANDS - (MinHasher.HASHES - (int) Math.ceil(ReuseDetector.SAME_TEXT * MinHasher.HASHES));

    /**
     * For each of {@code passages} (by its index in the list), the passages of other townships'
     * reports that share at least {@link #MIN_SHARED_BANDS} bands with it, in buckets of at most
     * {@link #MAX_BUCKET}.
     */
    Map<Integer, Collection<Indexed>> candidates(List<PassageSignature> passages, String excludeTownship);

    /** A report's passages, as indexed. */
    record Report(String reportId, String townshipCode, int year, List<PassageSignature> passages) {}

    /** Replaces the report's passages. */
    default void put(String reportId, String townshipCode, int year, List<PassageSignature> passages) {
        putAll(List.of(new Report(reportId, townshipCode, year, passages)));
    }

    /** Replaces the passages of each report. */
    void putAll(List<Report> reports);

    /**
     * Indexes reports never indexed before (first versions): as {@link #putAll}, without looking
     * for passages to replace.
     */
    default void addAll(List<Report> reports) {
        putAll(reports);
    }

    void remove(String reportId);
}
