package io.fazhi.metrics.indicators;

/**
 * A typed number found in a report.
 *
 * @param approximate the report says 余/多/近/左右/约: the value is a lower bound or an estimate
 * @param start the span of the source passage in the normalised text
 */
public record Indicator(
        String kind, String label, double value, String unit, boolean approximate, int start, int end, String source) {}
