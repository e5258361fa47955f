package io.fazhi.metrics.assess;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fazhi.core.trace.Traceparent;
import io.fazhi.events.ReportSnapshot;
import io.fazhi.metrics.publish.AssessmentEvents;
import io.fazhi.metrics.reuse.MinHasher;
import io.fazhi.metrics.reuse.ReuseDetector;
import io.fazhi.metrics.reuse.ReuseIndex;
import io.fazhi.metrics.reuse.ReuseIndexStore;
import io.fazhi.metrics.reuse.ReuseMatch;
import io.fazhi.metrics.score.Assessment;
import io.fazhi.metrics.score.Assessor;
import io.fazhi.metrics.store.AssessmentRecord;
import io.fazhi.metrics.store.AssessmentStore;
import io.fazhi.platform.api.PageOf;
import io.fazhi.platform.consume.IdempotentConsumer.PolledEvent;
import io.fazhi.platform.identity.Caller;
import io.fazhi.platform.identity.PlaceAccess;
import io.fazhi.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * The one way a report version is assessed — score, reuse, store, publish — whether its event has
 * just arrived or its place's checklist or due dates changed; and the reads of what was assessed,
 * each checked against the caller's place.
 */
@ApplicationScoped
public class AssessmentService {

    private static final Logger LOG = Logger.getLogger(AssessmentService.class);

    @Inject
    Assessor assessor;

    @Inject
    AssessmentStore store;

    @Inject
    AssessmentEvents events;

    @Inject
    ReuseIndexStore reuseIndex;

    /** A report version and the event that brought it. */
    public record Arrived(PolledEvent polled, ReportSnapshot report) {}

    /** A version scored, not yet stored; {@code traceparent} is its event's trace. */
    private record Scored(ReportSnapshot report, Assessment assessment, String traceparent) {}

    /**
     * Assesses versions of distinct reports, in order, in the caller's transaction: scored (each in
     * its event's trace), checked for reuse against the index and each other, stored, published.
     * A version older than one assessed already is skipped.
     *
     * @return for each assessment stored, whether its township is known
     */
    public List<Boolean> assess(List<Arrived> versions) {
        if (versions.isEmpty()) {
            return List.of();
        }
        Set<String> superseded = store.laterVersionsAssessed(
                versions.stream().map(Arrived::report).toList());
        List<Scored> scored = new ArrayList<>(versions.size());
        for (Arrived received : versions) {
            ReportSnapshot report = received.report();
            if (superseded.contains(report.reportId())) {
                LOG.infof(
                        "skipping version %d of report %s: a later version is assessed already",
                        report.version(), report.reportId());
            } else {
                // The event's trace covers its scoring and continues in the events the assessment raises.
                scored.add(received.polled()
                        .traced(event -> new Scored(report, assessor.assess(report), Traceparent.current())));
            }
        }
        List<Scored> located = scored.stream()
                .filter(s -> s.assessment().townshipCode() != null)
                .toList();
        List<ReuseIndex.Report> passages = located.stream()
                .map(s -> new ReuseIndex.Report(
                        s.report().reportId(),
                        s.assessment().townshipCode(),
                        s.assessment().year(),
                        MinHasher.signatures(s.report().text())))
                .toList();
        List<List<ReuseMatch>> reuse = ReuseDetector.matchesInOrder(passages, reuseIndex);
        // A report's first version has nothing indexed to replace: deleting would only probe the index.
        Set<String> firstVersions = located.stream()
                .filter(s -> s.report().version() == 1)
                .map(s -> s.report().reportId())
                .collect(Collectors.toSet());
        reuseIndex.putAll(passages.stream()
                .filter(p -> !firstVersions.contains(p.reportId()))
                .toList());
        reuseIndex.addAll(passages.stream()
                .filter(p -> firstVersions.contains(p.reportId()))
                .toList());

        List<AssessmentStore.Assessed> stored = new ArrayList<>(scored.size());
        List<AssessmentEvents.Traced> published = new ArrayList<>(located.size());
        Iterator<List<ReuseMatch>> reuseOfLocated = reuse.iterator();
        for (Scored one : scored) {
            Assessment assessment = one.assessment();
            if (assessment.townshipCode() != null) {
                assessment = assessment.withReuse(reuseOfLocated.next());
                published.add(new AssessmentEvents.Traced(assessment, one.traceparent()));
            }
            stored.add(new AssessmentStore.Assessed(assessment, one.report()));
        }
        store.storeAll(stored);
        events.assessed(published);
        return scored.stream()
                .map(one -> one.assessment().townshipCode() != null)
                .toList();
    }

    /** A withdrawn report's assessments stop counting and its passages leave the reuse index. */
    public void withdraw(String reportId) {
        store.withdraw(reportId);
        reuseIndex.remove(reportId);
    }

    /**
     * Scores a place's current reports again from the versions their events carried — after a
     * change of checklist or due dates — and publishes the new {@code report.assessed}. Alerts are
     * not raised again: the county was told when the report arrived.
     *
     * @return how many assessments were renewed
     */
    @Transactional
    public int reassess(String prefix, Integer year) {
        List<AssessmentStore.Current> current = store.currentWithSnapshots(prefix, year);
        for (AssessmentStore.Current one : current) {
            Assessment fresh = assessor.assess(one.snapshot()).withReuse(List.of());
            store.replace(one.record(), fresh);
            if (fresh.townshipCode() != null) {
                events.reassessed(fresh);
            }
        }
        return current.size();
    }

    /**
     * The assessment of a report's latest version as the API shows it (its evidence texts put
     * back), if the caller may see its place; 404 otherwise.
     */
    public ObjectNode latest(String reportId, Caller caller) {
        return store.latest(reportId)
                .filter(record -> PlaceAccess.allows(caller, record.placePrefix))
                .map(store::view)
                .orElseThrow(() -> ProblemException.notFound("no assessment of report " + reportId));
    }

    /** Current assessments under a place (the caller's own when none is given: checked), of one year if given. */
    public PageOf<AssessmentRecord> current(String place, Integer year, Caller caller, int page, int size) {
        if (place != null) {
            PlaceAccess.require(caller, place);
        }
        return store.current(place == null ? caller.scope() : place, year, page, size);
    }
}
