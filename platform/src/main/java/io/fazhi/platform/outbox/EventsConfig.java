package io.fazhi.platform.outbox;

import io.smallrye.config.ConfigMapping;

/** The events this service publishes ({@code fazhi.events.*}). */
@ConfigMapping(prefix = "fazhi.events")
public interface EventsConfig {

    /** The CloudEvents source of this service's events, e.g. /report-service. */
    String source();
}
