package io.fazhi.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Ordered: a subscription with a minimum severity receives that one and every higher one. */
public enum Severity {
    INFO,
    WARNING,
    CRITICAL;

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Severity fromWire(String wire) {
        return valueOf(wire.toUpperCase(Locale.ROOT));
    }
}
