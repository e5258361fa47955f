package io.fazhi.metrics.checklist;

import java.util.List;

/**
 * A checklist of what an annual report can show evidence of, by part of the plan.
 *
 * @param hash SHA-256 of the checklist's source: an assessment records exactly what it was scored against
 */
public record Checklist(String id, String version, String title, List<Part> parts, String hash) {

    public record Part(String id, String name, List<Item> items) {
    }

    /**
     * @param specific the markers that make a sentence specific evidence: number, regulation, person, body, date
     * @param allOf phrases that make a sentence specific evidence when it names all of them
     */
    public record Item(String id, String requirement, List<String> applies, double weight, List<String> phrases,
                       List<String> specific, List<String> allOf) {

        public Item {
            allOf = allOf == null ? List.of() : List.copyOf(allOf);
        }

        public boolean appliesTo(String level) {
            return applies.contains(level);
        }
    }
}
