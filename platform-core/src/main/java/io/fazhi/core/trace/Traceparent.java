package io.fazhi.core.trace;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import java.security.SecureRandom;
import java.util.HexFormat;

/** W3C trace context as the suite passes it on: HTTP headers at the gateway, Kafka headers in the outbox. */
public final class Traceparent {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Traceparent() {}

    /** The current span as a W3C traceparent, or null outside a trace. */
    public static String current() {
        SpanContext span = Span.current().getSpanContext();
        return span.isValid()
                ? "00-" + span.getTraceId() + "-" + span.getSpanId() + "-"
                        + span.getTraceFlags().asHex()
                : null;
    }

    /** A new sampled trace, for a request that came without one, so every service logs the same trace id. */
    public static String fresh() {
        byte[] trace = new byte[16];
        byte[] span = new byte[8];
        RANDOM.nextBytes(trace);
        RANDOM.nextBytes(span);
        return "00-" + HexFormat.of().formatHex(trace) + "-" + HexFormat.of().formatHex(span) + "-01";
    }
}
