package io.fazhi.metrics.consume;

import io.fazhi.events.EventPayload;
import io.fazhi.events.ReportSnapshot;
import io.fazhi.events.ReportVersionEvent;
import io.fazhi.events.ReportWithdrawn;
import io.fazhi.metrics.publish.AssessmentEvents;
import io.fazhi.metrics.reuse.MinHasher;
import io.fazhi.metrics.reuse.PgReuseIndex;
import io.fazhi.metrics.reuse.ReuseDetector;
import io.fazhi.metrics.reuse.ReuseIndex;
import io.fazhi.metrics.reuse.ReuseMatch;
import io.fazhi.metrics.score.Assessment;
import io.fazhi.metrics.score.Assessor;
import io.fazhi.metrics.store.Assessments;
import io.fazhi.platform.consume.IdempotentConsumer;
import io.fazhi.platform.consume.IdempotentConsumer.PolledEvent;
import io.fazhi.platform.outbox.Outbox;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Assesses every report version published on {@code reports.v1} — from the event alone — and
 * withdraws the assessments of withdrawn reports. Each event is applied once; one that cannot be
 * applied goes to {@code reports.v1.dlq}, and the others of its poll are applied without it.
 */
@ApplicationScoped
public class ReportEventsConsumer {

    private static final Logger LOG = Logger.getLogger(ReportEventsConsumer.class);
    private static final String CONSUMER = "metrics-reports";

    @Inject
    IdempotentConsumer idempotent;

    @Inject
    Assessor assessor;

    @Inject
    Assessments assessments;

    @Inject
    AssessmentEvents events;

    @Inject
    PgReuseIndex reuseIndex;

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
            registry.counter("fazhi.assessments", "resolved", Boolean.toString(resolved)).increment();
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
        Map<String, Received> run = new LinkedHashMap<>();
        for (PolledEvent polled : polledEvents) {
            EventPayload payload = polled.event().payload();
            if (payload instanceof ReportVersionEvent version) {
                if (run.containsKey(version.report().reportId())) {
                    resolved.addAll(assess(List.copyOf(run.values())));
                    run.clear();
                }
                run.put(version.report().reportId(), new Received(polled, version.report()));
            } else if (payload instanceof ReportWithdrawn withdrawn) {
                resolved.addAll(assess(List.copyOf(run.values())));
                run.clear();
                polled.traced(event -> {
                    assessments.withdraw(withdrawn.reportId());
                    reuseIndex.remove(withdrawn.reportId());
                    return null;
                });
            }
        }
        resolved.addAll(assess(List.copyOf(run.values())));
        return resolved;
    }

    /** A report version and the polled that brought it. */
    private record Received(PolledEvent polled, ReportSnapshot report) {
    }

    /** A version scored, not yet stored; {@code traceparent} is its event's trace. */
    private record Scored(ReportSnapshot report, Assessment assessment, String traceparent) {
    }

    /** Versions of distinct reports, in order. */
    private List<Boolean> assess(List<Received> versions) {
        if (versions.isEmpty()) {
            return List.of();
        }
        Set<String> superseded = assessments.laterVersionsAssessed(versions.stream().map(Received::report).toList());
        List<Scored> scored = new ArrayList<>(versions.size());
        for (Received received : versions) {
            ReportSnapshot report = received.report();
            if (superseded.contains(report.reportId())) {
                LOG.infof("skipping version %d of report %s: a later version is assessed already", report.version(), report.reportId());
            } else {
                // The event's trace covers its scoring and continues in the events the assessment raises.
                scored.add(received.polled().traced(event ->
                        new Scored(report, assessor.assess(report), Outbox.currentTraceparent())));
            }
        }
        List<Scored> located = scored.stream().filter(s -> s.assessment().townshipCode() != null).toList();
        List<ReuseIndex.Report> passages = located.stream().map(s -> new ReuseIndex.Report(s.report().reportId(),
                s.assessment().townshipCode(), s.assessment().year(), MinHasher.signatures(s.report().text()))).toList();
        List<List<ReuseMatch>> reuse = ReuseDetector.matchesInOrder(passages, reuseIndex);
        // A report's first version has nothing indexed to replace: deleting would only probe the index.
        Set<String> firstVersions = located.stream().filter(s -> s.report().version() == 1)
                .map(s -> s.report().reportId()).collect(Collectors.toSet());
        reuseIndex.putAll(passages.stream().filter(p -> !firstVersions.contains(p.reportId())).toList());
        reuseIndex.addAll(passages.stream().filter(p -> firstVersions.contains(p.reportId())).toList());

        List<Assessments.Assessed> stored = new ArrayList<>(scored.size());
        List<AssessmentEvents.Traced> published = new ArrayList<>(located.size());
        Iterator<List<ReuseMatch>> reuseOfLocated = reuse.iterator();
        for (Scored one : scored) {
            Assessment assessment = one.assessment();
            if (assessment.townshipCode() != null) {
                assessment = assessment.withReuse(reuseOfLocated.next());
                published.add(new AssessmentEvents.Traced(assessment, one.traceparent()));
            }
            stored.add(new Assessments.Assessed(assessment, one.report()));
        }
        assessments.storeAll(stored);
        events.assessed(published);
        return scored.stream().map(one -> one.assessment().townshipCode() != null).toList();
    }
}
