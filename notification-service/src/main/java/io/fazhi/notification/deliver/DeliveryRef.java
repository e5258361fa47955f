package io.fazhi.notification.deliver;

import java.util.UUID;

/** A delivery waiting to be sent, and the subscription it is for. */
public record DeliveryRef(UUID id, UUID subscriptionId) {}
