package io.fazhi.notification.subscription;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Digest subscriptions, whose notices are collected and sent once a period ({@code fazhi.digest.*}). */
@ConfigMapping(prefix = "fazhi.digest")
public interface DigestConfig {

    /** The shortest digest period accepted. */
    @WithDefault("PT5M")
    Duration minPeriod();

    /** How often ended periods are looked for (read by the digest assembler's schedule). */
    @WithDefault("10s")
    Duration checkEvery();
}
