package io.fazhi.metrics.score;

import com.fasterxml.jackson.annotation.JsonValue;

/** How well a report shows a checklist item; specific evidence names a number, law, person, body or date. */
public enum Grade {
    NONE(0.0),
    MENTIONED(0.5),
    SPECIFIC(1.0);

    private final double credit;

    Grade(double credit) {
        this.credit = credit;
    }

    /** The share of the item's weight the grade earns. */
    public double credit() {
        return credit;
    }

    @JsonValue
    public String wire() {
        return name().toLowerCase();
    }
}
