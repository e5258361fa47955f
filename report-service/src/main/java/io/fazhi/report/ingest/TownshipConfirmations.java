package io.fazhi.report.ingest;

import io.fazhi.core.identity.Group;
import io.fazhi.core.problem.ProblemType;
import io.fazhi.platform.identity.Caller;
import io.fazhi.platform.identity.PlaceAccess;
import io.fazhi.platform.places.Place;
import io.fazhi.platform.places.PlaceDirectory;
import io.fazhi.platform.problem.ProblemException;
import io.fazhi.report.publish.ReportEvents;
import io.fazhi.report.store.Report;
import io.fazhi.report.store.ReportStore;
import io.fazhi.report.store.ReportVersion;
import io.fazhi.report.store.StoredParse;
import io.fazhi.report.store.StoredVersion;
import io.fazhi.report.store.VersionParse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;

/**
 * An office says which township an unlocated report is from. From then on the report is that
 * township's, like any other: its {@code report.submitted} event is published, so it is assessed
 * and its county notified.
 */
@ApplicationScoped
public class TownshipConfirmations {

    @Inject
    PlaceAccess access;

    @Inject
    PlaceDirectory places;

    @Inject
    ReportReader reader;

    @Inject
    ReportEvents events;

    @Inject
    ReportStore store;

    @Inject
    StoredParse storedParse;

    @Inject
    Clock clock;

    @Transactional
    public StoredVersion confirm(UUID id, String townshipCode) {
        Caller caller = access.caller();
        if (caller.group() == Group.TOWNSHIP) {
            throw new ProblemException(
                    ProblemType.FORBIDDEN, "a county, city or province office confirms a report's township");
        }
        Report report = reader.visible(id);
        Place township = places.existingTownship(townshipCode, "townshipCode");
        // The explicit place check: the office must cover the township it names, not only a candidate.
        PlaceAccess.require(caller, township.code());
        if (report.townshipCode != null) {
            throw ProblemException.conflict("report " + id + " is already the report of " + report.townshipCode);
        }
        if (report.withdrawn()) {
            throw ProblemException.conflict("report " + id + " is withdrawn");
        }
        Report existing = store.lockAndFind(township.code(), report.year);
        if (existing != null) {
            throw ProblemException.conflict(township.name() + " (" + township.code() + ") already has its "
                    + report.year + " report " + existing.id + ": submit this text to it as a new version instead");
        }

        ReportVersion version = reader.version(report, report.currentVersion);
        boolean wasCandidate = store.isCandidate(id, township.code());
        VersionParse parse = storedParse
                .read(version.parsed)
                .located(
                        township,
                        places,
                        "township confirmed as " + township.name() + " ("
                                + township.code() + ") by " + caller.group().claim() + " " + caller.place()
                                + (wasCandidate ? "" : ", which the text did not name"));
        store.clearCandidates(id);
        report.townshipCode = township.code();
        report.countyCode = township.countyCode();
        report.placePrefix = township.code();
        report.updatedAt = clock.instant();
        version.parsed = storedParse.write(parse);
        events.versionStored(report, version, parse, false);
        return new StoredVersion(report, version, parse);
    }
}
