package io.fazhi.notification.deliver;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Offers again what is due and free: retries whose back-off has passed, deliveries that found no
 * slot, those of a resumed subscription, and those a crashed instance had claimed.
 */
@ApplicationScoped
public class DeliveryPoller {

    @Inject
    DeliveryStore store;

    @Inject
    Dispatcher dispatcher;

    @Inject
    DeliveryConfig config;

    @Scheduled(
            every = "${fazhi.delivery.poll-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void poll() {
        dispatcher.dispatch(store.due(config.pollBatch()));
    }
}
