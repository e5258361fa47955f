package io.fazhi.notification.send;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How webhooks and e-mails are sent ({@code fazhi.send.*}). */
@ConfigMapping(prefix = "fazhi.send")
public interface SendConfig {

    /** How long a receiver has to answer one webhook POST (or the SMTP server one message). */
    @WithDefault("10s")
    Duration timeout();
}
