package io.fazhi.metrics.reuse;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
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

    static final Duration RELOAD_AFTER = Duration.ofMinutes(1);

    private volatile long[] sortedKeys = new long[0];
    private volatile long loadedAtNanos;
    private volatile boolean loaded;

    /** Reloads from the table when the copy is older than {@link #RELOAD_AFTER}. */
    void refreshIfStale(Connection c) throws SQLException {
        if (loaded && System.nanoTime() - loadedAtNanos < RELOAD_AFTER.toNanos()) {
            return;
        }
        synchronized (this) {
            if (loaded && System.nanoTime() - loadedAtNanos < RELOAD_AFTER.toNanos()) {
                return;
            }
            long[] keys = new long[1024];
            int n = 0;
            try (PreparedStatement select = c.prepareStatement("SELECT band, hash FROM reuse_boilerplate");
                 ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    if (n == keys.length) {
                        keys = Arrays.copyOf(keys, n * 2);
                    }
                    keys[n++] = key(rs.getShort(1), rs.getInt(2));
                }
            }
            keys = Arrays.copyOf(keys, n);
            Arrays.sort(keys);
            sortedKeys = keys;
            loadedAtNanos = System.nanoTime();
            loaded = true;
        }
    }

    boolean contains(int band, int hash) {
        return Arrays.binarySearch(sortedKeys, key(band, hash)) >= 0;
    }

    private static long key(int band, int hash) {
        return ((long) band << 32) | (hash & 0xFFFFFFFFL);
    }
}
