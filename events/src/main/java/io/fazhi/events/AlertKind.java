package io.fazhi.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/** What a compliance alert is about. */
public enum AlertKind {
    MISSING_SECTION("missing-section"),
    LOW_SCORE("low-score"),
    LATE("late"),
    OVERDUE("overdue"),
    DEADLINE_APPROACHING("deadline-approaching"),
    TEMPLATE_REUSE("template-reuse");

    private final String wire;

    AlertKind(String wire) {
        this.wire = wire;
    }

    @JsonValue
    public String wire() {
        return wire;
    }

    @JsonCreator
    public static AlertKind fromWire(String wire) {
        return Arrays.stream(values()).filter(k -> k.wire.equals(wire)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown alert kind: " + wire));
    }
}
