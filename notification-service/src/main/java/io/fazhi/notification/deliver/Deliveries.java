package io.fazhi.notification.deliver;

import io.fazhi.notification.subscription.Subscription;
import io.fazhi.platform.identity.Caller;
import io.fazhi.platform.identity.PlaceAccess;
import io.fazhi.platform.problem.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;

/** Reading deliveries within the caller's places, and replaying dead ones. */
@ApplicationScoped
public class Deliveries {

    @Inject
    Dispatcher dispatcher;

    /** The delivery, if it belongs to a subscription the caller may see; 404 otherwise. */
    public Delivery find(UUID id, Caller caller) {
        Delivery delivery = Delivery.findById(id);
        if (delivery == null || !visible(delivery.subscriptionId, caller)) {
            throw ProblemException.notFound("no delivery " + id);
        }
        return delivery;
    }

    public List<DeliveryAttempt> attempts(UUID id) {
        return DeliveryAttempt.list("deliveryId = ?1 order by startedAt, id", id);
    }

    /** Sends a dead delivery again with a fresh attempt budget; its earlier attempts stay on record. */
    public Delivery replay(UUID id, Caller caller) {
        find(id, caller);
        Delivery replayed = QuarkusTransaction.requiringNew().call(() -> {
            int changed = Delivery.update("status = 'pending', attempts = 0, nextAttemptAt = current_timestamp, lastError = null"
                    + " where id = ?1 and status = 'dead'", id);
            if (changed == 0) {
                throw ProblemException.conflict("delivery " + id + " is not dead; only dead deliveries are replayed");
            }
            return Delivery.<Delivery>findById(id);
        });
        dispatcher.dispatch(List.of(new DeliveryRef(id, replayed.subscriptionId)));
        return replayed;
    }

    public static boolean visible(UUID subscriptionId, Caller caller) {
        Subscription subscription = Subscription.findById(subscriptionId);
        return subscription != null && PlaceAccess.allows(caller, subscription.place);
    }
}
