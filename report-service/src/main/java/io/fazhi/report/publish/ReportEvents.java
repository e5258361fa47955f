package io.fazhi.report.publish;

import io.fazhi.events.ReportRevised;
import io.fazhi.events.ReportSection;
import io.fazhi.events.ReportSnapshot;
import io.fazhi.events.ReportSubmitted;
import io.fazhi.events.ReportWithdrawn;
import io.fazhi.platform.outbox.Outbox;
import io.fazhi.report.store.Report;
import io.fazhi.report.store.ReportVersion;
import io.fazhi.report.store.VersionParse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;

/** Writes report events to the outbox, in the transaction that stores the change. */
@ApplicationScoped
public class ReportEvents {

    @Inject
    Outbox outbox;

    /** {@code report.submitted} for a first version (or one after a withdrawal), else {@code report.revised}. */
    public void versionStored(Report report, ReportVersion version, VersionParse parse, boolean revision) {
        ReportSnapshot snapshot = snapshot(report, version, parse);
        outbox.enqueue(revision ? new ReportRevised(snapshot, version.version - 1) : new ReportSubmitted(snapshot));
    }

    public void withdrawn(Report report, Instant at, String reason) {
        outbox.enqueue(new ReportWithdrawn(
                report.id.toString(),
                report.currentVersion,
                report.year,
                report.townshipCode,
                report.countyCode,
                at,
                reason));
    }

    private static ReportSnapshot snapshot(Report report, ReportVersion version, VersionParse parse) {
        return new ReportSnapshot(
                report.id.toString(),
                version.version,
                report.year,
                parse.township(),
                report.countyCode,
                parse.title(),
                parse.docNumber(),
                parse.issuedOn(),
                version.submittedAt,
                version.normalizedText,
                parse.sections().stream()
                        .filter(s -> s.kind() != null)
                        .map(s -> new ReportSection(
                                s.kind(), s.heading(), s.level(), s.start(), s.end(), s.causesGiven()))
                        .toList(),
                parse.warnings());
    }
}
