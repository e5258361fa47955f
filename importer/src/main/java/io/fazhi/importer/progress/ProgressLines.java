package io.fazhi.importer.progress;

import io.fazhi.importer.results.ImportResult;
import java.io.PrintStream;
import java.util.Locale;

/**
 * A line per file, with the count, the rate and the time left, for a log or a pipe, where a bar
 * redrawn in place would be noise.
 */
final class ProgressLines implements Progress {

    private final PrintStream err;
    private String stage;
    private long total;
    private long done;
    private long started;

    ProgressLines(PrintStream err) {
        this.err = err;
    }

    @Override
    public synchronized void stage(String name, long total) {
        this.stage = name;
        this.total = total;
        this.done = 0;
        this.started = System.nanoTime();
        err.printf(Locale.ROOT, "%s: %d files%n", name, total);
    }

    @Override
    public synchronized void done(ImportResult result) {
        done++;
        double seconds = Math.max(System.nanoTime() - started, 1) / 1e9;
        double rate = done / seconds;
        long left = rate > 0 ? Math.round((total - done) / rate) : 0;
        err.printf(
                Locale.ROOT,
                "%s %d/%d  %.1f/s  %d s left  %s %s%n",
                stage,
                done,
                total,
                rate,
                left,
                result.outcome().wire(),
                result.file());
    }

    @Override
    public void close() {
        err.flush();
    }
}
