package io.fazhi.gateway.route;

import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;

/**
 * A request body that fails once it passes the limit: a chunked upload (no Content-Length to check
 * up front) is cut off at the limit instead of streaming on to the service.
 */
final class LimitedBody implements ReadStream<Buffer> {

    /** The body passed the limit. */
    static final class TooLargeException extends RuntimeException {
        TooLargeException(long limit) {
            super("the body is larger than " + limit + " bytes", null, false, false);
        }
    }

    private final ReadStream<Buffer> source;
    private final long limit;
    private long seen;
    private Handler<Throwable> exceptionHandler;
    private Handler<Void> endHandler;
    private boolean failed;

    LimitedBody(ReadStream<Buffer> source, long limit) {
        this.source = source;
        this.limit = limit;
    }

    @Override
    public ReadStream<Buffer> exceptionHandler(Handler<Throwable> handler) {
        exceptionHandler = handler;
        source.exceptionHandler(handler);
        return this;
    }

    @Override
    public ReadStream<Buffer> handler(Handler<Buffer> handler) {
        if (handler == null) {
            source.handler(null);
            return this;
        }
        source.handler(chunk -> {
            if (failed) {
                return;
            }
            seen += chunk.length();
            if (seen > limit) {
                failed = true;
                source.handler(null);
                if (exceptionHandler != null) {
                    exceptionHandler.handle(new TooLargeException(limit));
                }
                return;
            }
            handler.handle(chunk);
        });
        return this;
    }

    @Override
    public ReadStream<Buffer> pause() {
        source.pause();
        return this;
    }

    @Override
    public ReadStream<Buffer> resume() {
        source.resume();
        return this;
    }

    @Override
    public ReadStream<Buffer> fetch(long amount) {
        source.fetch(amount);
        return this;
    }

    @Override
    public ReadStream<Buffer> endHandler(Handler<Void> handler) {
        endHandler = handler;
        source.endHandler(v -> {
            if (!failed && endHandler != null) {
                endHandler.handle(v);
            }
        });
        return this;
    }

    boolean tooLarge() {
        return failed;
    }
}
