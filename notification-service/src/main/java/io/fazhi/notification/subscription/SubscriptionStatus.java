package io.fazhi.notification.subscription;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/**
 * A webhook starts {@code pending-verification} until it answers a signed ping; e-mail and inbox
 * start {@code active}. A {@code paused} subscription keeps collecting deliveries and sends them
 * once resumed.
 */
public enum SubscriptionStatus {
    PENDING_VERIFICATION("pending-verification"),
    ACTIVE("active"),
    PAUSED("paused");

    private final String wire;

    SubscriptionStatus(String wire) {
        this.wire = wire;
    }

    @JsonValue
    public String wire() {
        return wire;
    }

    public static SubscriptionStatus fromWire(String wire) {
        return Arrays.stream(values())
                .filter(s -> s.wire.equals(wire))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown status " + wire));
    }
}
