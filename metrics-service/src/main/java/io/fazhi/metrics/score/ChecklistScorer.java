package io.fazhi.metrics.score;

import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;
import io.fazhi.events.ReportSection;
import io.fazhi.metrics.checklist.Checklist;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Grades a report against every item of a checklist in one Aho-Corasick pass over the text for
 * all phrases of all items. A phrase counts where the report says what was done; under
 * shortcomings or next year's plans it is a gap or an intention and earns nothing. Thread-safe.
 */
public final class ChecklistScorer {

    private static final Set<String> NOT_ACHIEVEMENTS = Set.of("shortcomings", "next-year-plan");
    private static final int MAX_EVIDENCE = 3;

    private final Checklist checklist;
    private final ReadingRules rules = ReadingRules.DEFAULT;
    /** Every phrase, to the items it is evidence for. */
    private final AhoCorasickDoubleArrayTrie<List<Checklist.Item>> trie = new AhoCorasickDoubleArrayTrie<>();

    private final Map<String, String> partOfItem = new HashMap<>();

    public ChecklistScorer(Checklist checklist, String level) {
        this.checklist = checklist;
        Map<String, List<Checklist.Item>> itemsByPhrase = new HashMap<>();
        for (Checklist.Part part : checklist.parts()) {
            for (Checklist.Item item : part.items()) {
                if (!item.appliesTo(level)) {
                    continue; // a township is never marked down for an item that is not its own
                }
                partOfItem.put(item.id(), part.id());
                for (String phrase : item.phrases()) {
                    itemsByPhrase
                            .computeIfAbsent(phrase, p -> new ArrayList<>())
                            .add(item);
                }
            }
        }
        trie.build(itemsByPhrase);
    }

    public Checklist checklist() {
        return checklist;
    }

    public record Result(List<ItemResult> items, Map<String, Double> partScores, double score) {}

    public Result score(String text, List<ReportSection> sections) {
        return score(new ReportText(text), sections);
    }

    Result score(ReportText report, List<ReportSection> sections) {
        String text = report.text;
        Sentences sentences = report.sentences;
        // item id → sentence index → phrases found there
        Map<String, Map<Integer, List<String>>> hits = new LinkedHashMap<>();
        for (AhoCorasickDoubleArrayTrie.Hit<List<Checklist.Item>> hit : trie.parseText(text)) {
            int sentence = sentences.indexOf(hit.begin);
            String phrase = text.substring(hit.begin, hit.end);
            boolean topic = rules.isTopicOfAnotherActivity(text, hit.end);
            for (Checklist.Item item : hit.value) {
                if (topic && !rules.topicPartsExempt().contains(partOfItem.get(item.id()))) {
                    continue; // 安全生产普法进企业: publicity about safety, not safety work
                }
                hits.computeIfAbsent(item.id(), id -> new LinkedHashMap<>())
                        .computeIfAbsent(sentence, s -> new ArrayList<>())
                        .add(phrase);
            }
        }
        boolean describesMeasures = sections.stream()
                .anyMatch(s -> s.kind() != null
                        && !rules.notMeasures().contains(s.kind())
                        && !NOT_ACHIEVEMENTS.contains(s.kind()));
        List<ItemResult> results = new ArrayList<>();
        Map<String, double[]> parts = new LinkedHashMap<>(); // part → {earned, possible}
        for (Checklist.Part part : checklist.parts()) {
            for (Checklist.Item item : part.items()) {
                if (!partOfItem.containsKey(item.id())) {
                    continue;
                }
                ItemResult result =
                        grade(item, hits.getOrDefault(item.id(), Map.of()), report, sections, describesMeasures);
                results.add(result);
                double[] sums = parts.computeIfAbsent(part.id(), p -> new double[2]);
                sums[0] += item.weight() * result.grade().credit();
                sums[1] += item.weight();
            }
        }
        Map<String, Double> partScores = new LinkedHashMap<>();
        double earned = 0;
        double possible = 0;
        for (Map.Entry<String, double[]> part : parts.entrySet()) {
            partScores.put(part.getKey(), round(100 * part.getValue()[0] / part.getValue()[1]));
            earned += part.getValue()[0];
            possible += part.getValue()[1];
        }
        return new Result(results, partScores, possible == 0 ? 0 : round(100 * earned / possible));
    }

    private ItemResult grade(
            Checklist.Item item,
            Map<Integer, List<String>> hitSentences,
            ReportText report,
            List<ReportSection> sections,
            boolean describesMeasures) {
        Sentences sentences = report.sentences;
        List<Evidence> achieved = new ArrayList<>();
        List<Evidence> notAchieved = new ArrayList<>();
        Grade best = Grade.NONE;
        for (Map.Entry<Integer, List<String>> hit : hitSentences.entrySet()) {
            int index = hit.getKey();
            int start = sentences.start(index);
            String sentence = sentences.text(index);
            String section = sectionAt(sections, start);
            if ((describesMeasures && rules.notMeasures().contains(section))
                    || item.unlessWith().stream().anyMatch(sentence::contains)) {
                continue;
            }
            List<String> markers = new ArrayList<>(report.markers(index));
            markers.retainAll(item.specific());
            if (!item.allOf().isEmpty() && hit.getValue().containsAll(item.allOf())) {
                markers.add("all-of");
            }
            Evidence evidence = new Evidence(start, sentences.end(index), sentence, section, List.copyOf(markers));
            if (NOT_ACHIEVEMENTS.contains(section)) {
                notAchieved.add(evidence);
                continue;
            }
            achieved.add(evidence);
            Grade grade = markers.isEmpty() ? Grade.MENTIONED : Grade.SPECIFIC;
            if (grade.compareTo(best) > 0) {
                best = grade;
            }
        }
        achieved.sort(
                Comparator.comparingInt((Evidence e) -> -e.markers().size()).thenComparingInt(Evidence::start));
        return new ItemResult(
                item.id(),
                partOfItem.get(item.id()),
                best,
                item.weight(),
                List.copyOf(achieved.subList(0, Math.min(MAX_EVIDENCE, achieved.size()))),
                List.copyOf(notAchieved.subList(0, Math.min(MAX_EVIDENCE, notAchieved.size()))));
    }

    /** The kind of the innermost classified section holding a position; "preamble" before the first. */
    static String sectionAt(List<ReportSection> sections, int position) {
        String kind = "preamble";
        int level = 0;
        for (ReportSection section : sections) {
            if (section.kind() != null
                    && position >= section.start()
                    && position < section.end()
                    && section.level() > level) {
                // A gap or plan section keeps its meaning for whatever it nests.
                if (!NOT_ACHIEVEMENTS.contains(kind)) {
                    kind = section.kind();
                }
                level = section.level();
            }
        }
        return kind;
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
