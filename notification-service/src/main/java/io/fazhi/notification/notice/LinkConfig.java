package io.fazhi.notification.notice;

import io.smallrye.config.ConfigMapping;

/** Links in notifications ({@code fazhi.links.*}). */
@ConfigMapping(prefix = "fazhi.links")
public interface LinkConfig {

    /** Where links in notifications point: the gateway's public address, without a trailing slash. */
    String baseUrl();
}
