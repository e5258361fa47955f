package io.fazhi.importer.progress;

import io.fazhi.importer.results.ImportResult;
import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** The terminal's bar: count, rate and time left, redrawn in place (me.tongfei:progressbar). */
final class ProgressBarDisplay implements Progress {

    private final PrintStream err;
    private ProgressBar bar;

    ProgressBarDisplay(PrintStream err) {
        this.err = err;
    }

    @Override
    public synchronized void stage(String name, long total) {
        close();
        bar = new ProgressBarBuilder()
                .setTaskName(name)
                .setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII)
                .setUnit(" files", 1)
                .showSpeed()
                .setConsumer(new ConsoleProgressBarConsumer(err))
                .build();
    }

    @Override
    public synchronized void done(ImportResult result) {
        bar.step();
    }

    @Override
    public synchronized void close() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
