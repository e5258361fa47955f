package io.fazhi.notification.send;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.ext.web.client.HttpResponse;
import io.vertx.mutiny.ext.web.client.WebClient;
import io.vertx.mutiny.ext.web.codec.BodyCodec;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * POSTs a signed JSON body to a webhook, without blocking a thread while the receiver thinks: a
 * receiver that never answers holds one connection until the timeout, nothing else.
 */
@ApplicationScoped
public class WebhookSender {

    @Inject
    Clock clock;

    @Inject
    Vertx vertx;

    @Inject
    SendConfig config;

    @Inject
    TargetPolicy targets;

    private WebClient client;

    @PostConstruct
    void start() {
        client = WebClient.create(
                vertx,
                new WebClientOptions()
                        .setUserAgent("fazhi-notification/1.0")
                        .setFollowRedirects(false)
                        .setConnectTimeout((int) config.timeout().toMillis())
                        .setMaxPoolSize(16)
                        .setKeepAlive(true));
    }

    @PreDestroy
    void stop() {
        client.close();
    }

    /** How long a receiver has to answer. */
    public Duration timeout() {
        return config.timeout();
    }

    /** Sends one attempt. Call from a worker thread: the target is re-resolved first (DNS rebinding). */
    public Uni<SendResult> send(String target, String messageId, String body, String secret, String previousSecret) {
        Optional<String> refusal = targets.refusal(target);
        if (refusal.isPresent()) {
            return Uni.createFrom().item(SendResult.permanent(null, refusal.get()));
        }
        long timestamp = clock.instant().getEpochSecond();
        return client.postAbs(target)
                .timeout(config.timeout().toMillis())
                .putHeader(HttpHeaders.CONTENT_TYPE.toString(), "application/json; charset=utf-8")
                .putHeader("webhook-id", messageId)
                .putHeader("webhook-timestamp", Long.toString(timestamp))
                .putHeader(
                        "webhook-signature",
                        WebhookSigner.signature(messageId, timestamp, body, secret, previousSecret))
                .as(BodyCodec.none())
                .sendBuffer(Buffer.buffer(body))
                .map(this::result)
                .onFailure()
                .recoverWithItem(failure -> SendResult.retryable(null, describe(failure), null));
    }

    private SendResult result(HttpResponse<Void> response) {
        return SendResult.ofHttpStatus(
                response.statusCode(), retryAfter(response.getHeader("Retry-After"), clock.instant()));
    }

    /** Retry-After as delay-seconds or an HTTP date; null when absent or unreadable. */
    static Duration retryAfter(String header, Instant now) {
        if (header == null || header.isBlank()) {
            return null;
        }
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(header.trim())));
        } catch (NumberFormatException notSeconds) {
            try {
                Duration until =
                        Duration.between(now, ZonedDateTime.parse(header.trim(), DateTimeFormatter.RFC_1123_DATE_TIME));
                return until.isNegative() ? Duration.ZERO : until;
            } catch (DateTimeParseException notDate) {
                return null;
            }
        }
    }

    private static String describe(Throwable failure) {
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        return message.length() > 900 ? message.substring(0, 900) : message;
    }
}
