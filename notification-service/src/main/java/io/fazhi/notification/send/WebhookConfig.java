package io.fazhi.notification.send;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Webhook subscriptions ({@code fazhi.webhooks.*}). */
@ConfigMapping(prefix = "fazhi.webhooks")
public interface WebhookConfig {

    /**
     * Private, loopback or link-local targets the service may call all the same (hosts, addresses or
     * CIDR ranges), such as a county's intranet receiver; none by default (SSRF, {@link TargetPolicy}).
     */
    Optional<List<String>> allowedPrivateTargets();

    /** How long the old secret keeps signing after a rotation, for receivers to switch over. */
    @WithDefault("P1D")
    Duration secretOverlap();
}
