package io.fazhi.notification.deliver;

import io.fazhi.notification.subscription.Channel;
import java.time.Instant;
import java.util.UUID;

/**
 * A delivery a dispatcher has claimed for one attempt, with what it needs to send it.
 *
 * @param previousSecret the secret before the last rotation while it still signs, else null
 * @param attempt the number of this attempt, from 1
 */
public record Claim(
        UUID id,
        UUID subscriptionId,
        Channel channel,
        String target,
        String secret,
        String previousSecret,
        String messageId,
        String eventType,
        String subject,
        String body,
        int attempt,
        Instant eventTime) {}
