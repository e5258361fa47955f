package io.fazhi.notification.inbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The offices' inbox and its live stream ({@code fazhi.inbox.*}). */
@ConfigMapping(prefix = "fazhi.inbox")
public interface InboxConfig {

    /** How often the live streams look for new items (read by the feed's schedule). */
    @WithDefault("1s")
    Duration streamPoll();

    /** Live streams one caller may hold open at once; each holds a connection and is polled for. */
    @WithDefault("5")
    int maxStreamsPerCaller();
}
