package io.fazhi.metrics.reuse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Finds the passages a report shares with other townships' reports through a {@link ReuseIndex}. */
public final class ReuseDetector {

    /** Estimated Jaccard similarity from which two passages count as the same text. */
    public static final double SAME_TEXT = 0.7;

    private ReuseDetector() {
    }

    public static List<ReuseMatch> matches(List<PassageSignature> passages, String townshipCode, ReuseIndex index) {
        Map<String, List<ReuseMatch.SharedPassage>> byReport = new LinkedHashMap<>();
        Map<String, String> townshipOf = new LinkedHashMap<>();
        for (ReuseIndex.Indexed candidate : index.candidates(passages, townshipCode)) {
            for (PassageSignature own : passages) {
                double similarity = own.similarity(candidate.signature());
                if (similarity >= SAME_TEXT) {
                    byReport.computeIfAbsent(candidate.reportId(), r -> new ArrayList<>()).add(new ReuseMatch.SharedPassage(
                            own.start(), own.end(), candidate.signature().start(), candidate.signature().end(), similarity));
                    townshipOf.put(candidate.reportId(), candidate.townshipCode());
                }
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
