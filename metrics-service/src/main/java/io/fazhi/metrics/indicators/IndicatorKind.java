package io.fazhi.metrics.indicators;

import java.util.List;

/** One kind of indicator as defined in indicators.yaml. */
public record IndicatorKind(
        String kind, String label, List<String> cues, int gap, List<String> units, List<String> none) {

    public IndicatorKind {
        none = none == null ? List.of() : List.copyOf(none);
    }
}
