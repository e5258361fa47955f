package io.fazhi.metrics.checklist;

import java.util.List;

/**
 * A checklist of what an annual report can show evidence of, by part of the plan.
 *
 * @param hash SHA-256 of the checklist's source: an assessment records exactly what it was scored against
 */
public record Checklist(String id, String version, String title, List<Part> parts, String hash) {

    public record Part(String id, String name, List<Item> items) {}

    /**
     * @param specific the markers that make a sentence specific evidence: number, regulation, person, body, date
     * @param allOf phrases that make a sentence specific evidence when it names all of them
     * @param unlessWith words that make a sentence about another item: 合法性审查 of a 规范性文件 is
     *     part 3's review of normative documents, not part 4's decision procedure
     */
    public record Item(
            String id,
            String requirement,
            List<String> applies,
            double weight,
            List<String> phrases,
            List<String> specific,
            List<String> allOf,
            List<String> unlessWith) {

        public Item {
            allOf = allOf == null ? List.of() : List.copyOf(allOf);
            unlessWith = unlessWith == null ? List.of() : List.copyOf(unlessWith);
        }

        public boolean appliesTo(String level) {
            return applies.contains(level);
        }
    }
}
