package io.fazhi.report.intake;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

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

    private static final AtomicInteger THREADS = new AtomicInteger();
    private static final ThreadPoolExecutor POOL = new ThreadPoolExecutor(WORKERS, WORKERS, 0, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(QUEUE), r -> {
                Thread t = new Thread(null, r, "untrusted-document-" + THREADS.incrementAndGet(), STACK_BYTES);
                t.setDaemon(true);
                return t;
            });

    private UntrustedDocuments() {
    }

    /**
     * @param kind how the refusal names the file (".docx file", "PDF")
     */
    static String read(String kind, Callable<String> extraction) {
        Future<String> text;
        try {
            text = POOL.submit(() -> {
                try {
                    return extraction.call();
                } catch (StackOverflowError e) {
                    throw new UnreadableReportException("the " + kind + " is nested too deeply to read");
                }
            });
        } catch (RejectedExecutionException e) {
            throw new UnreadableReportException("too many documents are being opened at once; retry in a moment");
        }
        try {
            return text.get(TIME_LIMIT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            text.cancel(true);
            throw new UnreadableReportException("the " + kind + " took longer than " + TIME_LIMIT_SECONDS
                    + " seconds to open: it is not an ordinary report file");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            text.cancel(true);
            throw new UnreadableReportException("the " + kind + " could not be opened: the request was interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnreadableReportException unreadable) {
                throw unreadable;
            }
            throw new UnreadableReportException("the " + kind + " cannot be read");
        }
    }
}
