package io.fazhi.notification.deliver;

import io.fazhi.notification.subscription.Subscriptions;
import io.fazhi.platform.api.PageOf;
import io.fazhi.platform.identity.Caller;
import io.fazhi.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;

/** Reading deliveries within the caller's places, and replaying dead ones. */
@ApplicationScoped
public class Deliveries {

    @Inject
    Dispatcher dispatcher;

    @Inject
    DeliveryStore store;

    @Inject
    Subscriptions subscriptions;

    /**
     * Deliveries of subscriptions under the caller's place, newest first; of one subscription when
     * given (404 unless the caller may see it), of one status when given.
     */
    public PageOf<Delivery> list(UUID subscription, String status, Caller caller, int page, int size) {
        if (subscription != null) {
            subscriptions.find(subscription, caller);
        }
        return store.list(caller.scope(), subscription, status, page, size);
    }

    /** The delivery, if it belongs to a subscription the caller may see; 404 otherwise. */
    public Delivery find(UUID id, Caller caller) {
        Delivery delivery = Delivery.findById(id);
        if (delivery == null || !subscriptions.visible(delivery.subscriptionId, caller)) {
            throw ProblemException.notFound("no delivery " + id);
        }
        return delivery;
    }

    public List<DeliveryAttempt> attempts(UUID id) {
        return store.attempts(id);
    }

    /** Sends a dead delivery again with a fresh attempt budget; its earlier attempts stay on record. */
    public Delivery replay(UUID id, Caller caller) {
        find(id, caller);
        Delivery replayed = store.revive(id)
                .orElseThrow(() -> ProblemException.conflict(
                        "delivery " + id + " is not dead; only dead deliveries are replayed"));
        dispatcher.dispatch(List.of(new DeliveryRef(id, replayed.subscriptionId)));
        return replayed;
    }
}
