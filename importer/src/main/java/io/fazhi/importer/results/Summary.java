package io.fazhi.importer.results;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The counts a person reads at the end of a run; a few numbers, whatever the folder's size. */
public final class Summary {

    private final Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
    /** "422 Unprocessable report" → how many, and the first file's detail as an example. */
    private final Map<String, Reason> refusedBy = new TreeMap<>();

    private int needsTownship;
    private int notAssessed;

    private record Reason(int count, String example) {}

    public synchronized void add(ImportResult result) {
        outcomes.merge(result.outcome(), 1, Integer::sum);
        if (result.problem() != null) {
            String reason = result.problem().reason();
            refusedBy.merge(
                    reason,
                    new Reason(1, result.problem().detail()),
                    (a, b) -> new Reason(a.count() + 1, a.example() != null ? a.example() : b.example()));
        }
        if (result.needsTownship()) {
            needsTownship++;
        }
        if (result.awaitsAssessment() && result.score() == null) {
            notAssessed++;
        }
    }

    public synchronized int count(Outcome outcome) {
        return outcomes.getOrDefault(outcome, 0);
    }

    public synchronized int total() {
        return outcomes.values().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * The summary as printed.
     *
     * @param gateway where to confirm townships
     * @param skipped other files in the folders, by extension
     */
    public synchronized String render(String gateway, Map<String, Integer> skipped, Duration took) {
        StringBuilder out = new StringBuilder();
        double seconds = Math.max(took.toMillis(), 1) / 1000.0;
        out.append(String.format(
                Locale.ROOT, "%d files in %.1f s (%.1f a second)%n", total(), seconds, total() / seconds));
        for (Outcome outcome : Outcome.values()) {
            out.append(String.format(Locale.ROOT, "  %-10s %6d%n", outcome.wire(), count(outcome)));
            if (outcome == Outcome.REFUSED) {
                refusedBy.forEach((reason, r) -> out.append(String.format(
                        Locale.ROOT,
                        "    %5d  %s%s%n",
                        r.count(),
                        reason,
                        r.example() == null ? "" : " — e.g. " + r.example())));
            }
        }
        if (needsTownship > 0) {
            out.append(String.format(
                    Locale.ROOT,
                    "  %d stored report%s fit several townships: an office that covers the right one confirms it%n"
                            + "    (listed: %s/api/v1/reports?needsTownship=true; the report id is in its line):%n"
                            + "    curl -X PUT -H \"Authorization: Bearer $TOKEN\" -H 'Content-Type: application/json' "
                            + "-d '{\"townshipCode\":\"CODE\"}' %s/api/v1/reports/ID/township%n",
                    needsTownship,
                    needsTownship == 1 ? "" : "s",
                    gateway,
                    gateway));
        }
        if (notAssessed > 0) {
            out.append(String.format(
                    Locale.ROOT,
                    "  %d report%s not assessed yet when the importer stopped waiting: see %s/api/v1/assessments/ID%n",
                    notAssessed,
                    notAssessed == 1 ? "" : "s",
                    gateway));
        }
        if (!skipped.isEmpty()) {
            StringBuilder kinds = new StringBuilder();
            skipped.forEach((ext, n) -> kinds.append(kinds.isEmpty() ? "" : ", ")
                    .append(ext)
                    .append(' ')
                    .append(n));
            out.append("  not sent, of kinds the suite does not read: ")
                    .append(kinds)
                    .append(System.lineSeparator());
        }
        return out.toString();
    }
}
