package io.fazhi.platform.consume;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How events are consumed once each ({@code fazhi.consume.*}). */
@ConfigMapping(prefix = "fazhi.consume")
public interface ConsumeConfig {

    /**
     * How long a poll waits for an unreachable database before its consumer gives up (the channel
     * fails, health turns DOWN and the pod is restarted; the events come again). Below Kafka's
     * max.poll.interval.ms (5 min), so the consumer keeps its partitions while it waits.
     */
    @WithDefault("PT2M")
    Duration databaseWait();

    /**
     * How long a consumer remembers the ids of events it applied: longer than the topics' retention
     * (Kafka's default is 7 days), or a replay could apply an event twice.
     */
    @WithDefault("14d")
    Duration processedRetention();
}
