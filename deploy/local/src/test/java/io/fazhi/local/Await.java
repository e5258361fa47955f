package io.fazhi.local;

import java.time.Duration;
import java.util.concurrent.Callable;

/** Polls until a value appears; the limit only stops a test that would otherwise hang. */
final class Await {

    private Await() {}

    static <T> T until(Duration limit, Callable<T> probe) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            T value = probe.call();
            if (value != null) {
                return value;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("nothing appeared within " + limit);
            }
            Thread.sleep(200);
        }
    }
}
