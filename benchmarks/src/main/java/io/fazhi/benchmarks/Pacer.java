package io.fazhi.benchmarks;

/**
 * Paces a load run at a fixed rate: send {@code i} is due at {@link #start} + i / rate, whatever
 * the earlier sends took, so a slow suite builds a queue instead of slowing the load down.
 */
final class Pacer {

    /** {@link System#nanoTime()} when the run began. */
    final long start = System.nanoTime();

    private final long intervalNanos;

    Pacer(int perSecond) {
        this.intervalNanos = 1_000_000_000L / perSecond;
    }

    /** Sleeps until send {@code i} is due. */
    void awaitTurn(int i) throws InterruptedException {
        long wait = start + i * intervalNanos - System.nanoTime();
        if (wait > 0) {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
    }

    double elapsedSeconds() {
        return (System.nanoTime() - start) / 1e9;
    }
}
