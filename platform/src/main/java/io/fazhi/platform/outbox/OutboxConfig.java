package io.fazhi.platform.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Tuning of the outbox relay ({@code fazhi.outbox.*}). */
@ConfigMapping(prefix = "fazhi.outbox")
public interface OutboxConfig {

    /** How often the relay looks for events to publish (read by its schedule). */
    @WithDefault("0.2s")
    Duration pollInterval();

    /** How many events one relay transaction publishes at most. */
    @WithDefault("500")
    int batchSize();

    /** The first wait after a failed publication; it doubles per attempt. */
    @WithDefault("1s")
    Duration backoffInitial();

    /** The longest wait between two attempts at one event. */
    @WithDefault("5m")
    Duration backoffMax();

    /** How long the broker has to acknowledge an event (acks=all) before the attempt counts as failed. */
    @WithDefault("10s")
    Duration sendTimeout();

    /**
     * The largest event the producer sends (its max.request.size). Must equal the topics'
     * max.message.bytes (deploy/kubernetes/base/kafka.yaml) and the local broker's
     * message.max.bytes: a report of 5 MB (fazhi.reports.max-bytes) with its parse fits. A larger
     * event is set aside as dead, not retried.
     */
    @WithDefault("8388608")
    int maxEventBytes();

    /** How long published events stay in the table, for audit and replay. */
    @WithDefault("7d")
    Duration retention();
}
