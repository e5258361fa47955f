package io.fazhi.metrics.consume;

import io.fazhi.events.EventPayload;
import io.fazhi.events.ReportVersionEvent;
import io.fazhi.events.ReportWithdrawn;
import io.fazhi.metrics.assess.AssessmentService;
import io.fazhi.metrics.assess.AssessmentService.Arrived;
import io.fazhi.platform.consume.IdempotentConsumer;
import io.fazhi.platform.consume.IdempotentConsumer.PolledEvent;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Assesses every report version published on {@code reports.v1} — from the event alone — and
 * withdraws the assessments of withdrawn reports. Each event is applied once; one that cannot be
 * applied goes to {@code reports.v1.dlq}, and the others of its poll are applied without it.
 */
@ApplicationScoped
public class ReportEventsConsumer {

    private static final String CONSUMER = "metrics-reports";

    @Inject
    IdempotentConsumer idempotent;

    @Inject
    AssessmentService assessments;

    @Inject
    MeterRegistry registry;

    /**
     * A poll's events in one transaction (see {@link IdempotentConsumer#applyAllOnce}); the
     * assessments are counted once committed, so a poll retried event by event counts each once.
     */
    @Incoming("reports")
    @Blocking
    public void on(ConsumerRecords<String, byte[]> records) {
        for (boolean resolved : idempotent.applyAllOnce(CONSUMER, records, this::apply)) {
            registry.counter("fazhi.assessments", "resolved", Boolean.toString(resolved))
                    .increment();
        }
    }

    /**
     * Applies the events in order. Consecutive versions of distinct reports are assessed together,
     * one statement per step for all of them instead of one per report: the statements, not the
     * scoring, are most of an assessment's time. A withdrawal, or a second version of a report
     * in the run, comes after the run before it.
     *
     * @return for each assessment stored, whether its township is known
     */
    private List<Boolean> apply(List<PolledEvent> polledEvents) {
        List<Boolean> resolved = new ArrayList<>();
        Map<String, Arrived> run = new LinkedHashMap<>();
        for (PolledEvent polled : polledEvents) {
            EventPayload payload = polled.event().payload();
            if (payload instanceof ReportVersionEvent version) {
                if (run.containsKey(version.report().reportId())) {
                    resolved.addAll(assessments.assess(List.copyOf(run.values())));
                    run.clear();
                }
                run.put(version.report().reportId(), new Arrived(polled, version.report()));
            } else if (payload instanceof ReportWithdrawn withdrawn) {
                resolved.addAll(assessments.assess(List.copyOf(run.values())));
                run.clear();
                polled.traced(event -> {
                    assessments.withdraw(withdrawn.reportId());
                    return null;
                });
            }
        }
        resolved.addAll(assessments.assess(List.copyOf(run.values())));
        return resolved;
    }
}
