package io.fazhi.metrics.deadline;

import io.fazhi.events.AlertKind;
import io.fazhi.events.ComplianceAlert;
import io.fazhi.events.Severity;
import io.fazhi.platform.outbox.Outbox;
import io.fazhi.platform.places.Place;
import io.fazhi.platform.places.PlaceDirectory;
import io.fazhi.platform.places.PlaceLevel;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Once a day, for the reporting year just ended, tells each county office which of its townships
 * have not submitted: {@code deadline-approaching} when the due date is near, {@code overdue}
 * once it has passed. Each kind is raised once per county and year.
 */
@ApplicationScoped
public class DeadlineWatch {

    private static final Logger LOG = Logger.getLogger(DeadlineWatch.class);
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Inject
    DueDates dueDates;

    @Inject
    PlaceDirectory places;

    @Inject
    Outbox outbox;

    @Inject
    DeadlineAlertStore alerts;

    @Inject
    Clock clock;

    @Inject
    DeadlineConfig config;

    @Scheduled(
            cron = "${fazhi.deadlines.cron}",
            timeZone = "Asia/Shanghai",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void daily() {
        int raised = check(LocalDate.now(clock.withZone(CHINA)), "");
        LOG.infof("deadline watch: %d alert(s) raised", raised);
    }

    /** Checks every county under {@code prefix} ("" for all) as of {@code today}; returns the alerts raised. */
    public int check(LocalDate today, String prefix) {
        int year = today.getYear() - 1;
        return QuarkusTransaction.requiringNew().call(() -> {
            Set<String> submitted = alerts.submittedTownships(prefix, year);
            int raised = 0;
            for (Place county :
                    places.under(prefix.length() > 6 ? prefix.substring(0, 6) : prefix, PlaceLevel.COUNTY)) {
                LocalDate due = dueDates.dueFor(county.code(), year);
                long daysLeft = ChronoUnit.DAYS.between(today, due);
                AlertKind kind = daysLeft < 0
                        ? AlertKind.OVERDUE
                        : daysLeft <= config.warnDays() ? AlertKind.DEADLINE_APPROACHING : null;
                if (kind == null) {
                    continue;
                }
                List<String> missing = places.townshipsUnder(county.code()).stream()
                        .map(Place::code)
                        .filter(code -> !submitted.contains(code))
                        .toList();
                if (missing.isEmpty() || !alerts.firstTime(county.code(), kind, year)) {
                    continue;
                }
                String message = kind == AlertKind.OVERDUE
                        ? county.name() + year + "年度法治政府建设报告已逾期（" + due + "），" + missing.size() + "个乡镇（街道）未报送"
                        : county.name() + year + "年度法治政府建设报告将于" + due + "截止，" + missing.size() + "个乡镇（街道）尚未报送";
                outbox.enqueue(new ComplianceAlert(
                        UUID.randomUUID().toString(),
                        kind,
                        kind == AlertKind.OVERDUE ? Severity.CRITICAL : Severity.WARNING,
                        county.code(),
                        missing,
                        year,
                        null,
                        message,
                        Map.of("dueDate", due.toString(), "daysLeft", daysLeft),
                        clock.instant()));
                raised++;
            }
            return raised;
        });
    }
}
