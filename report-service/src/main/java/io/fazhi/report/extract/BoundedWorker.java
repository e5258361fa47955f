package io.fazhi.report.extract;

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
 * A few threads of their own, a short queue and a time limit per task: work on an untrusted file
 * runs here, so a full queue, an overrun or a failure is a 422 for its sender, in the words of
 * {@link Refusals}, while the request threads and every other submission go on.
 */
final class BoundedWorker {

    /** What the sender is told when the queue is full, the time is up, the request was interrupted, or the work failed. */
    record Refusals(String busy, String tooLong, String interrupted, String failed) {}

    private final ThreadPoolExecutor pool;
    private final long seconds;

    /** @param stackBytes the threads' stack size, 0 for the JVM's default */
    BoundedWorker(String name, int threads, int queue, long stackBytes, long seconds) {
        AtomicInteger count = new AtomicInteger();
        this.pool =
                new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(queue), r -> {
                    Thread t = new Thread(null, r, name + "-" + count.incrementAndGet(), stackBytes);
                    t.setDaemon(true);
                    return t;
                });
        this.seconds = seconds;
    }

    <T> T run(Callable<T> work, Refusals refusals) {
        Future<T> result;
        try {
            result = pool.submit(work);
        } catch (RejectedExecutionException e) {
            throw new UnreadableReportException(refusals.busy());
        }
        try {
            return result.get(seconds, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            result.cancel(true);
            throw new UnreadableReportException(refusals.tooLong());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            result.cancel(true);
            throw new UnreadableReportException(refusals.interrupted());
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnreadableReportException unreadable) {
                throw unreadable;
            }
            throw new UnreadableReportException(refusals.failed());
        }
    }
}
