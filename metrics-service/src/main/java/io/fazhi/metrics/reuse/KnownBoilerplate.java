package io.fazhi.metrics.reuse;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;

/**
 * The band buckets recorded as boilerplate ({@code reuse_boilerplate}), held in memory so their
 * bands are not sent to PostgreSQL at all: two in three bands of a typical report fall in one, and
 * each cost a probe in every lookup and every indexing. A bucket never stops being boilerplate, so
 * a copy a little out of date only leaves PostgreSQL — which still checks — a few more bands.
 */
final class KnownBoilerplate {

    private static final long RELOAD_AFTER_NANOS = Duration.ofMinutes(1).toNanos();

    /** The keys, sorted, and when they were read; null until the first load. */
    private record Copy(long[] sortedKeys, long loadedAtNanos) {

        boolean stale() {
            return System.nanoTime() - loadedAtNanos >= RELOAD_AFTER_NANOS;
        }
    }

    private volatile Copy copy;

    /** Reloads from the table when there is no copy yet or it is older than a minute. */
    void refreshIfStale(Connection c) throws SQLException {
        if (fresh()) {
            return;
        }
        synchronized (this) {
            if (fresh()) {
                return;
            }
            copy = new Copy(ReuseIndexStore.boilerplateBuckets(c).sorted().toArray(), System.nanoTime());
        }
    }

    private boolean fresh() {
        Copy known = copy;
        return known != null && !known.stale();
    }

    /** Whether the bucket ({@link MinHasher#buckets}) was boilerplate when the copy was read. */
    boolean contains(long bucket) {
        Copy known = copy;
        return known != null && Arrays.binarySearch(known.sortedKeys(), bucket) >= 0;
    }
}
