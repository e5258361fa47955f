package io.fazhi.report.extract;

import java.util.concurrent.Callable;

/**
 * Where .docx and .pdf files are opened: on a few worker threads of their own, with a time limit,
 * so that a file built to hurt (50,000 nested PDF arrays overflow PDFBox's recursive parser; a
 * page of endless operators runs for minutes) fails as a 422 problem for its sender while the
 * request threads and every other submission go on.
 */
final class UntrustedDocuments {

    /** Two workers for two cores; a file opens in well under a second, so a short queue suffices. */
    private static final int WORKERS = 2;

    private static final int QUEUE = 32;
    /** No real report takes this long to open; a file that does is refused, and its worker interrupted. */
    private static final long TIME_LIMIT_SECONDS = 20;
    /** A stack for PDFBox's recursion on real files; deeper nesting is an attack and overflows it. */
    private static final long STACK_BYTES = 4L * 1024 * 1024;

    private static final BoundedWorker WORKER =
            new BoundedWorker("untrusted-document", WORKERS, QUEUE, STACK_BYTES, TIME_LIMIT_SECONDS);

    private UntrustedDocuments() {}

    /**
     * @param kind how the refusal names the file (".docx file", "PDF")
     */
    static String read(String kind, Callable<String> extraction) {
        return WORKER.run(
                () -> {
                    try {
                        return extraction.call();
                    } catch (StackOverflowError e) {
                        throw new UnreadableReportException("the " + kind + " is nested too deeply to read");
                    }
                },
                new BoundedWorker.Refusals(
                        "too many documents are being opened at once; retry in a moment",
                        "the " + kind + " took longer than " + TIME_LIMIT_SECONDS
                                + " seconds to open: it is not an ordinary report file",
                        "the " + kind + " could not be opened: the request was interrupted",
                        "the " + kind + " cannot be read"));
    }
}
