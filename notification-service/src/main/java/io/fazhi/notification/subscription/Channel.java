package io.fazhi.notification.subscription;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How an office is told. */
public enum Channel {
    WEBHOOK,
    EMAIL,
    INBOX;

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Channel fromWire(String wire) {
        return valueOf(wire.toUpperCase(Locale.ROOT));
    }
}
