package io.fazhi.importer.progress;

import io.fazhi.importer.results.ImportResult;
import java.io.PrintStream;

/** How a run shows where it is: a bar on a terminal, plain lines in a log or a pipe. */
public interface Progress extends AutoCloseable {

    /** A stage begins: sending {@code total} files, or waiting for their assessments. */
    void stage(String name, long total);

    /** One file of the stage is done. */
    void done(ImportResult result);

    @Override
    void close();

    /** A bar when a person watches the terminal, lines otherwise; both on {@code err}, results go to stdout. */
    static Progress forConsole(boolean terminal, PrintStream err) {
        return terminal ? new ProgressBarDisplay(err) : new ProgressLines(err);
    }
}
