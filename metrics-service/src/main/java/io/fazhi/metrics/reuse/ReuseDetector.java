package io.fazhi.metrics.reuse;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Finds the passages a report shares with other townships' reports through a {@link ReuseIndex}. */
public final class ReuseDetector {

    /** Estimated Jaccard similarity from which two passages count as the same text. */
    public static final double SAME_TEXT = 0.8;
    /**
     * A passage nearly the same in more reports than this is boilerplate every township writes
     * (opening formulas, slogans), not a neighbour's text copied.
     */
    public static final int BOILERPLATE = 10;

    private ReuseDetector() {
    }

    public static List<ReuseMatch> matches(List<PassageSignature> passages, String townshipCode, ReuseIndex index) {
        Map<String, List<ReuseMatch.SharedPassage>> byReport = new LinkedHashMap<>();
        Map<String, String> townshipOf = new LinkedHashMap<>();
        Map<Integer, Collection<ReuseIndex.Indexed>> candidates = index.candidates(passages, townshipCode);
        for (Map.Entry<Integer, Collection<ReuseIndex.Indexed>> entry : candidates.entrySet()) {
            PassageSignature own = passages.get(entry.getKey());
            List<ReuseIndex.Indexed> same = entry.getValue().stream()
                    .filter(c -> own.similarity(c.signature()) >= SAME_TEXT).toList();
            if (same.stream().map(ReuseIndex.Indexed::reportId).distinct().count() > BOILERPLATE) {
                continue;
            }
            for (ReuseIndex.Indexed candidate : same) {
                byReport.computeIfAbsent(candidate.reportId(), r -> new ArrayList<>()).add(new ReuseMatch.SharedPassage(
                        own.start(), own.end(), candidate.signature().start(), candidate.signature().end(),
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
