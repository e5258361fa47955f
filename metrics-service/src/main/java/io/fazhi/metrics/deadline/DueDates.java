package io.fazhi.metrics.deadline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.HashMap;
import java.util.Map;

/**
 * When a township's report for a year is due: the most specific place with a due date wins
 * (county, then city, then province; administrators' dates over configured ones), else the
 * national default, 31 March of the following year.
 */
@ApplicationScoped
public class DueDates {

    @Inject
    DueDateConfig config;

    @Inject
    Clock clock;

    /** Other replicas may change due dates: read them again after this long. */
    private static final java.time.Duration FRESH = java.time.Duration.ofMinutes(1);

    private volatile Map<String, MonthDay> overrides;
    private volatile java.time.Instant loadedAt = java.time.Instant.MIN;

    public LocalDate dueFor(String placeCode, int year) {
        MonthDay day = config.defaultDay();
        if (placeCode != null) {
            Map<String, MonthDay> set = overrides();
            for (int length : new int[] {2, 4, 6}) {
                if (placeCode.length() < length) {
                    break;
                }
                String prefix = placeCode.substring(0, length);
                MonthDay local = set.getOrDefault(prefix, config.places().get(prefix));
                if (local != null) {
                    day = local;
                }
            }
        }
        return day.atYear(year + 1);
    }

    /** Every place with its own due date, configured or set by an administrator. */
    public Map<String, MonthDay> all() {
        Map<String, MonthDay> all = new HashMap<>(config.places());
        all.putAll(overrides());
        return all;
    }

    @Transactional
    public void set(String placeCode, MonthDay day, String by) {
        DueDate dueDate = DueDate.findById(placeCode);
        if (dueDate == null) {
            dueDate = new DueDate();
            dueDate.placeCode = placeCode;
        }
        dueDate.dueDay = day.toString();
        dueDate.updatedBy = by;
        dueDate.updatedAt = clock.instant();
        dueDate.persist();
        overrides = null;
    }

    @Transactional
    public boolean clear(String placeCode) {
        boolean deleted = DueDate.deleteById(placeCode);
        overrides = null;
        return deleted;
    }

    private Map<String, MonthDay> overrides() {
        Map<String, MonthDay> loaded = overrides;
        if (loaded == null || loadedAt.isBefore(clock.instant().minus(FRESH))) {
            loaded = new HashMap<>();
            for (DueDate d : DueDate.<DueDate>listAll()) {
                loaded.put(d.placeCode, MonthDay.parse(d.dueDay));
            }
            overrides = loaded;
            loadedAt = clock.instant();
        }
        return loaded;
    }
}
