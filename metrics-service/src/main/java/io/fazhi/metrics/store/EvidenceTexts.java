package io.fazhi.metrics.store;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fazhi.metrics.score.Evidence;

/**
 * A stored assessment body leaves out the text of each evidence passage: it is the report's text
 * between the passage's start and end, which the report snapshot stored beside the body holds.
 * Those texts were about 9 KB of a body's 22 KB, written again for every report. Reading a body
 * puts them back, so the API shows the same assessment as before.
 */
final class EvidenceTexts {

    private static final String[] PASSAGE_LISTS = {"evidence", "notAchievements"};

    private EvidenceTexts() {}

    @JsonIgnoreProperties("text")
    private abstract static class WithoutText {}

    /** A mapper like {@code json} that writes evidence passages without their text. */
    static ObjectMapper leftOut(ObjectMapper json) {
        return json.copy().addMixIn(Evidence.class, WithoutText.class);
    }

    /**
     * Puts each passage's text back from the report text it was scored on (the scorer's sentence,
     * stripped). Bodies stored with their texts, before this was so, are left as they are.
     */
    static void restore(ObjectNode body, String reportText) {
        for (JsonNode item : body.path("items")) {
            for (String list : PASSAGE_LISTS) {
                for (JsonNode passage : item.path(list)) {
                    if (passage instanceof ObjectNode evidence && !evidence.has("text")) {
                        int start = evidence.path("start").asInt(-1);
                        int end = evidence.path("end").asInt(-1);
                        if (start < 0 || end < start || end > reportText.length()) {
                            throw new IllegalStateException("evidence span " + start + "-" + end
                                    + " is outside the stored report text (" + reportText.length() + " characters)");
                        }
                        evidence.put("text", reportText.substring(start, end).strip());
                    }
                }
            }
        }
    }
}
