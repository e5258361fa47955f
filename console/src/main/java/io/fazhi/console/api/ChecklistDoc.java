package io.fazhi.console.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** The checklist an assessment used (GET /api/v1/checklists/{id}): the plan's parts and their requirements. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ChecklistDoc(String id, String title, List<Part> parts) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Part(String id, String name, List<Item> items) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Item(String id, String requirement) {}
}
