package io.fazhi.benchmarks;

import java.util.Arrays;

/**
 * Latencies of a load run, in nanoseconds; {@link Long#MAX_VALUE} marks a failed request.
 * Percentiles are over the requests that succeeded.
 */
record Latencies(long[] sorted, int failed) {

    static Latencies of(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Latencies(sorted, (int)
                Arrays.stream(sorted).filter(l -> l == Long.MAX_VALUE).count());
    }

    int succeeded() {
        return sorted.length - failed;
    }

    /** The {@code quantile} (0–1) in milliseconds; 0 when nothing succeeded. */
    double ms(double quantile) {
        int ok = succeeded();
        return ok == 0 ? 0 : sorted[Math.min(ok - 1, Math.max(0, (int) Math.ceil(quantile * ok) - 1))] / 1e6;
    }

    double maxMs() {
        return succeeded() == 0 ? 0 : sorted[succeeded() - 1] / 1e6;
    }

    @Override
    public String toString() {
        return String.format(
                "%d requests, %d failed; ms p50 %.2f  p95 %.2f  p99 %.2f  max %.1f",
                sorted.length, failed, ms(0.50), ms(0.95), ms(0.99), maxMs());
    }
}
