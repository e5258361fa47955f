package io.fazhi.local;

/** A Kafka broker the suite can use, whoever started it. */
public interface KafkaBroker extends AutoCloseable {

    String bootstrapServers();

    /** How it was provided: configured, testcontainers or embedded. */
    String origin();

    /** Whether {@link #stop()} and {@link #start()} can take it down and bring it back on the same address. */
    default boolean restartable() {
        return false;
    }

    default void stop() {
        throw new UnsupportedOperationException(origin() + " broker cannot be stopped from here");
    }

    default void start() {
        throw new UnsupportedOperationException(origin() + " broker cannot be started from here");
    }

    /** The operating-system process of the broker, when this JVM started one. */
    default long pid() {
        return -1;
    }

    @Override
    void close();
}
