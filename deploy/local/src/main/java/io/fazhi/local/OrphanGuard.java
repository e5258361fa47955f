package io.fazhi.local;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Stops a process we started when this JVM dies, even by {@code kill -9}, when no shutdown hook
 * runs. A watchdog shell blocks reading a pipe whose writing end only this JVM holds; the kernel
 * closes it when the JVM dies, the read returns, and the watchdog terminates the target (TERM,
 * then KILL after ten seconds).
 */
final class OrphanGuard {

    private final Process watchdog;

    private OrphanGuard(Process watchdog) {
        this.watchdog = watchdog;
    }

    static OrphanGuard watch(long pid) {
        String script = "cat >/dev/null; kill -TERM " + pid + " 2>/dev/null; i=0; "
                + "while kill -0 " + pid + " 2>/dev/null && [ $i -lt 20 ]; do sleep 0.5; i=$((i+1)); done; "
                + "kill -KILL " + pid + " 2>/dev/null";
        try {
            Process watchdog = new ProcessBuilder("sh", "-c", script)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return new OrphanGuard(watchdog);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the watchdog of process " + pid, e);
        }
    }

    /** The target was stopped in order: the watchdog goes without touching it. */
    void release() {
        watchdog.destroy();
    }
}
