package io.fazhi.metrics.reuse;

import java.util.Collection;
import java.util.List;

/**
 * Where passage signatures of all reports live, looked up by LSH band so finding the reports a
 * passage may be copied from never scans them all.
 */
public interface ReuseIndex {

    /** An indexed passage of some report. */
    record Indexed(String reportId, String townshipCode, PassageSignature signature) {
    }

    /** Passages of other townships' reports that share at least one band with any of {@code passages}. */
    Collection<Indexed> candidates(List<PassageSignature> passages, String excludeTownship);

    /** Replaces the report's passages. */
    void put(String reportId, String townshipCode, int year, List<PassageSignature> passages);

    void remove(String reportId);
}
