package io.fazhi.metrics.consume;

import io.fazhi.events.EventPayload;
import io.fazhi.events.ReceivedEvent;
import io.fazhi.events.ReportVersionEvent;
import io.fazhi.events.ReportWithdrawn;
import io.fazhi.metrics.publish.AssessmentEvents;
import io.fazhi.metrics.reuse.MinHasher;
import io.fazhi.metrics.reuse.PassageSignature;
import io.fazhi.metrics.reuse.PgReuseIndex;
import io.fazhi.metrics.reuse.ReuseDetector;
import io.fazhi.metrics.score.Assessment;
import io.fazhi.metrics.score.Assessor;
import io.fazhi.metrics.store.Assessments;
import io.fazhi.platform.consume.IdempotentConsumer;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
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
     * A poll's events in one transaction (see {@link IdempotentConsumer#applyEachOnce}); the
     * assessments are counted once committed, so a poll retried event by event counts each once.
     */
    @Incoming("reports")
    @Blocking
    public void on(ConsumerRecords<String, byte[]> records) {
        for (boolean resolved : idempotent.applyEachOnce(CONSUMER, records, this::apply)) {
            registry.counter("fazhi.assessments", "resolved", Boolean.toString(resolved)).increment();
        }
    }

    /** @return for an assessment stored, whether its township is known; nothing otherwise */
    private List<Boolean> apply(ReceivedEvent event) {
        EventPayload payload = event.payload();
        if (payload instanceof ReportVersionEvent version) {
            if (assessments.laterVersionAssessed(version.report().reportId(), version.report().version())) {
                LOG.infof("skipping version %d of report %s: a later version is assessed already",
                        version.report().version(), version.report().reportId());
                return List.of();
            }
            Assessment assessment = assessor.assess(version.report());
            if (assessment.townshipCode() != null) {
                List<PassageSignature> passages = MinHasher.signatures(version.report().text());
                assessment = assessment.withReuse(ReuseDetector.matches(passages, assessment.townshipCode(), reuseIndex));
                reuseIndex.put(assessment.reportId(), assessment.townshipCode(), assessment.year(), passages);
            }
            assessments.store(assessment, version.report());
            if (assessment.townshipCode() != null) {
                events.assessed(assessment);
            }
            return List.of(assessment.townshipCode() != null);
        }
        if (payload instanceof ReportWithdrawn withdrawn) {
            assessments.withdraw(withdrawn.reportId());
            reuseIndex.remove(withdrawn.reportId());
        }
        return List.of();
    }
}
