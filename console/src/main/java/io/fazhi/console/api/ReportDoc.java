package io.fazhi.console.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;

/** A report's parsed version (GET /api/v1/reports/{id}): the fields the report page shows. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReportDoc(
        String id,
        int version,
        int currentVersion,
        String status,
        Integer year,
        String title,
        Place township,
        Place county,
        List<Section> sections,
        List<String> missingContents,
        List<String> warnings,
        Instant submittedAt,
        Instant receivedAt,
        String mediaType,
        String fileName) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Place(String code, String name) {}

    /** A section of the text: its kind (a required content, or another part) and where it is. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Section(String kind, String heading, int start, int end, int level) {}
}
