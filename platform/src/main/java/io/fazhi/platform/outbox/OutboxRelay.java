package io.fazhi.platform.outbox;

import io.fazhi.platform.retry.Backoff;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.jboss.logging.Logger;

/**
 * Publishes outbox events to Kafka in order and marks them sent. At least once: an event sent but
 * not yet marked when the service dies is sent again with the same {@code ce_id}, which consumers
 * deduplicate. A failed event waits with back-off, and so do the later events of its key. An event
 * the broker can never take (too large, unserialisable) is set aside as dead at once, logged as an
 * error and counted ({@code outbox.dead}), so it cannot hold back its key for ever.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    @Inject
    OutboxStore store;

    @Inject
    OutboxProducer producer;

    @Inject
    OutboxConfig config;

    @Inject
    Clock clock;

    @Inject
    MeterRegistry registry;

    private Counter published;
    private Counter failures;
    private Counter dead;
    private Backoff backoff;

    @PostConstruct
    void init() {
        backoff = new Backoff(config.backoffInitial(), config.backoffMax());
        published = registry.counter("outbox.events.published");
        failures = registry.counter("outbox.publish.failures");
        dead = registry.counter("outbox.events.dead");
        Gauge.builder("outbox.dead", this, OutboxRelay::deadEvents)
                .description("Events set aside because the broker can never take them; each needs an operator")
                .register(registry);
        Gauge.builder("outbox.backlog", this, OutboxRelay::backlog)
                .description("Events written to the outbox and not yet published")
                .register(registry);
    }

    @Scheduled(every = "${fazhi.outbox.poll-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        int batch;
        do {
            batch = QuarkusTransaction.requiringNew().call(this::publishBatch);
        } while (batch == config.batchSize());
    }

    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void deleteOldSentEvents() {
        int deleted = QuarkusTransaction.requiringNew()
                .call(() -> store.deleteSentBefore(clock.instant().minus(config.retention())));
        if (deleted > 0) {
            LOG.infof("deleted %d published outbox events older than %s", deleted, config.retention());
        }
    }

    /** One transaction: publish what is due, record the outcome. Returns how many were published. */
    private int publishBatch() throws SQLException, InterruptedException {
        if (!store.tryLockRelay()) {
            return 0;
        }
        Instant now = clock.instant();
        List<PendingEvent> due = store.due(now, config.batchSize());
        List<Future<RecordMetadata>> sends = new ArrayList<>(due.size());
        for (PendingEvent event : due) {
            Future<RecordMetadata> send = producer.send(event);
            sends.add(send);
            if (send.isDone() && brokerUnreachable(send)) {
                break; // the broker is unreachable: the rest would fail the same way, slowly
            }
        }
        List<Long> sent = new ArrayList<>(sends.size());
        int failed = 0;
        int setAside = 0;
        for (int i = 0; i < sends.size(); i++) {
            PendingEvent event = due.get(i);
            try {
                sends.get(i).get(config.sendTimeout().toMillis() * 2, TimeUnit.MILLISECONDS);
                sent.add(event.seq());
            } catch (ExecutionException | TimeoutException e) {
                Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
                if (neverSendable(cause)) {
                    LOG.errorf(
                            "outbox: event %s (%s, key %s, %d characters) can never be published and is set aside: %s",
                            event.id(),
                            event.topic(),
                            event.key(),
                            event.payload().length(),
                            cause);
                    store.markDead(event.seq(), now, String.valueOf(cause));
                    dead.increment();
                    setAside++;
                    continue;
                }
                failed++;
                store.markFailed(event.seq(), now.plus(backoff.after(event.attempts() + 1)), String.valueOf(cause));
            }
        }
        store.markSent(sent, clock.instant());
        published.increment(sent.size());
        if (failed > 0) {
            failures.increment(failed);
            LOG.warnf("outbox: %d event(s) could not be published, will retry with back-off", failed);
            return 0;
        }
        return sent.size() + setAside;
    }

    /**
     * Whether a send that already failed failed for want of the broker, so the rest of the batch would
     * fail the same way, slowly; not when the broker refused this event alone (it is set aside below).
     */
    private static boolean brokerUnreachable(Future<?> send) {
        try {
            send.get();
            return false;
        } catch (ExecutionException e) {
            return !neverSendable(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    private static boolean neverSendable(Throwable cause) {
        return cause instanceof RecordTooLargeException
                || cause instanceof RecordBatchTooLargeException
                || cause instanceof InvalidRecordException
                || cause instanceof SerializationException;
    }

    private double deadEvents() {
        try {
            return QuarkusTransaction.requiringNew().call(store::deadCount);
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }

    private double backlog() {
        try {
            return QuarkusTransaction.requiringNew().call(store::pendingCount);
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }
}
