package io.fazhi.metrics.reuse;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Finds the passages a report shares with other townships' reports through a {@link ReuseIndex}. */
public final class ReuseDetector {

    /** Estimated Jaccard similarity from which two passages count as the same text. */
    public static final double SAME_TEXT = 0.8;
    /**
     * A passage nearly the same in more reports than this is boilerplate every township writes
     * (opening formulas, slogans), not a neighbour's text copied.
     */
    public static final int BOILERPLATE = 10;

    private ReuseDetector() {}

    public static List<ReuseMatch> matches(List<PassageSignature> passages, String townshipCode, ReuseIndex index) {
        return matches(passages, index.candidates(passages, townshipCode));
    }

    /**
     * The matches of each report, as if the reports were looked up and indexed one after the
     * other, with one lookup in {@code index} for all: a report also matches the reports before it
     * in the list (their passages here replacing those indexed), and the indexed versions of those
     * after it. Indexes none of them.
     */
    public static List<List<ReuseMatch>> matchesInOrder(List<ReuseIndex.Report> reports, ReuseIndex index) {
        List<PassageSignature> all =
                reports.stream().flatMap(r -> r.passages().stream()).toList();
        Map<Integer, Collection<ReuseIndex.Indexed>> indexed = index.candidates(all, null);
        Map<String, Integer> placeOf = new HashMap<>();
        for (int r = 0; r < reports.size(); r++) {
            placeOf.put(reports.get(r).reportId(), r);
        }
        InMemoryReuseIndex before = new InMemoryReuseIndex();
        List<List<ReuseMatch>> matches = new ArrayList<>(reports.size());
        int first = 0;
        for (int r = 0; r < reports.size(); r++) {
            ReuseIndex.Report report = reports.get(r);
            int place = r;
            Map<Integer, Collection<ReuseIndex.Indexed>> candidates =
                    new HashMap<>(before.candidates(report.passages(), report.townshipCode()));
            for (int i = 0; i < report.passages().size(); i++) {
                List<ReuseIndex.Indexed> others = indexed.getOrDefault(first + i, List.of()).stream()
                        .filter(c -> !c.townshipCode().equals(report.townshipCode()))
                        // an indexed version of a report before this one in the list is replaced by then
                        .filter(c -> placeOf.getOrDefault(c.reportId(), place) >= place)
                        .toList();
                if (!others.isEmpty()) {
                    candidates.merge(
                            i,
                            others,
                            (a, b) -> Stream.concat(a.stream(), b.stream()).toList());
                }
            }
            matches.add(matches(report.passages(), candidates));
            before.putAll(List.of(report));
            first += report.passages().size();
        }
        return matches;
    }

    private static List<ReuseMatch> matches(
            List<PassageSignature> passages, Map<Integer, Collection<ReuseIndex.Indexed>> candidates) {
        Map<String, List<ReuseMatch.SharedPassage>> byReport = new LinkedHashMap<>();
        Map<String, String> townshipOf = new LinkedHashMap<>();
        for (Map.Entry<Integer, Collection<ReuseIndex.Indexed>> entry : candidates.entrySet()) {
            PassageSignature own = passages.get(entry.getKey());
            List<ReuseIndex.Indexed> same = entry.getValue().stream()
                    .filter(c -> own.similarity(c.signature()) >= SAME_TEXT)
                    .toList();
            if (same.stream().map(ReuseIndex.Indexed::reportId).distinct().count() > BOILERPLATE) {
                continue;
            }
            for (ReuseIndex.Indexed candidate : same) {
                byReport.computeIfAbsent(candidate.reportId(), r -> new ArrayList<>())
                        .add(new ReuseMatch.SharedPassage(
                                own.start(),
                                own.end(),
                                candidate.signature().start(),
                                candidate.signature().end(),
                                own.similarity(candidate.signature())));
                townshipOf.put(candidate.reportId(), candidate.townshipCode());
            }
        }
        List<ReuseMatch> matches = new ArrayList<>();
        byReport.forEach((report, shared) -> {
            shared.sort(Comparator.comparingInt(ReuseMatch.SharedPassage::start));
            int chars = shared.stream().mapToInt(p -> p.end() - p.start()).sum();
            matches.add(new ReuseMatch(report, townshipOf.get(report), chars, List.copyOf(shared)));
        });
        matches.sort(Comparator.comparingInt(ReuseMatch::sharedChars).reversed());
        return matches;
    }
}
