package io.fazhi.notification.deliver;

import io.fazhi.notification.send.EmailSender;
import io.fazhi.notification.send.SendResult;
import io.fazhi.notification.send.WebhookSender;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * Sends deliveries: claims one, sends it without holding a thread, records the attempt. Slots
 * bound what is in flight — overall and per subscription — so a receiver that hangs fills only its
 * own few slots and every other subscriber is served. A delivery that finds no slot stays pending
 * and {@link DeliveryPoller} offers it again.
 */
@ApplicationScoped
public class Dispatcher {

    @Inject
    Clock clock;

    private static final Logger LOG = Logger.getLogger(Dispatcher.class);

    @Inject
    DeliveryStore store;

    @Inject
    WebhookSender webhooks;

    @Inject
    EmailSender emails;

    @Inject
    DeliveryConfig config;

    @Inject
    MeterRegistry registry;

    private Semaphore slots;
    /** Sends in flight per subscription; one small counter per subscription ever sent to. */
    private final Map<UUID, AtomicInteger> perSubscription = new ConcurrentHashMap<>();

    private Timer latency;

    @PostConstruct
    void init() {
        slots = new Semaphore(config.maxInFlight());
        registry.gauge("fazhi.deliveries.in.flight", slots, s -> config.maxInFlight() - s.availablePermits());
        latency = Timer.builder("fazhi.delivery.latency")
                .description("From the event's time to the receiver's 2xx")
                .publishPercentiles(0.5, 0.99)
                .register(registry);
    }

    /** Offers deliveries for sending now; from a worker thread, after the transaction creating them committed. */
    public void dispatch(Collection<DeliveryRef> deliveries) {
        for (DeliveryRef delivery : deliveries) {
            start(delivery);
        }
    }

    /** @return whether an attempt started */
    boolean start(DeliveryRef delivery) {
        if (!acquire(delivery.subscriptionId())) {
            return false;
        }
        Optional<Claim> claimed;
        try {
            claimed = store.claim(delivery.id());
        } catch (RuntimeException e) {
            release(delivery.subscriptionId());
            LOG.warnf(e, "cannot claim delivery %s; the poller retries it", delivery.id());
            return false;
        }
        if (claimed.isEmpty()) {
            release(delivery.subscriptionId());
            return false;
        }
        Claim claim = claimed.get();
        Instant started = clock.instant();
        send(claim)
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .subscribe()
                .with(
                        result -> finish(claim, result, started),
                        failure -> finish(
                                claim,
                                SendResult.retryable(null, String.valueOf(failure.getMessage()), null),
                                started));
        return true;
    }

    private Uni<SendResult> send(Claim claim) {
        try {
            return switch (claim.channel()) {
                case WEBHOOK ->
                    webhooks.send(
                            claim.target(), claim.messageId(), claim.body(), claim.secret(), claim.previousSecret());
                case EMAIL -> emails.send(claim.target(), claim.messageId(), claim.subject(), claim.body());
                case INBOX -> Uni.createFrom().item(SendResult.delivered(null));
            };
        } catch (RuntimeException e) {
            return Uni.createFrom().item(SendResult.retryable(null, e.getMessage(), null));
        }
    }

    private void finish(Claim claim, SendResult result, Instant started) {
        try {
            String status = store.record(claim, result, started, Duration.between(started, clock.instant()));
            String outcome = result.outcome() == SendResult.Outcome.DELIVERED
                    ? "delivered"
                    : status.equals("dead") ? "dead" : "retry";
            Counter.builder("fazhi.deliveries")
                    .description("Delivery attempts by channel and outcome")
                    .tag("channel", claim.channel().wire())
                    .tag("outcome", outcome)
                    .register(registry)
                    .increment();
            if (result.outcome() == SendResult.Outcome.DELIVERED) {
                latency.record(Duration.between(claim.eventTime(), clock.instant()));
            }
        } catch (RuntimeException e) {
            // The lease runs out and the poller sends it again: at least once, same webhook-id.
            LOG.warnf(e, "cannot record attempt %d of delivery %s", claim.attempt(), claim.id());
        } finally {
            release(claim.subscriptionId());
        }
    }

    private boolean acquire(UUID subscription) {
        if (!slots.tryAcquire()) {
            return false;
        }
        AtomicInteger busy = perSubscription.computeIfAbsent(subscription, id -> new AtomicInteger());
        if (busy.incrementAndGet() > config.maxInFlightPerSubscription()) {
            busy.decrementAndGet();
            slots.release();
            return false;
        }
        return true;
    }

    private void release(UUID subscription) {
        perSubscription.get(subscription).decrementAndGet();
        slots.release();
    }
}
