package io.fazhi.importer.send;

import com.fasterxml.jackson.databind.JsonNode;
import io.fazhi.importer.results.ImportResult;

/** What the gateway answered to one file, once any scan was read and any retry was done. */
public sealed interface Answer {

    /** @param view the report version as the API shows it; @param replayed the same key was sent before */
    record Stored(JsonNode view, boolean replayed) implements Answer {}

    record Refused(ImportResult.Problem problem) implements Answer {}
}
