package io.fazhi.report.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fazhi.report.api.ParsedView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;

/** A version's parse as it is kept in {@code report_version.parsed}: JSON, written and read here only. */
@ApplicationScoped
class StoredParse {

    @Inject
    ObjectMapper json;

    String write(ParsedView view) {
        try {
            return json.writeValueAsString(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise the parse", e);
        }
    }

    ParsedView read(String stored) {
        try {
            return json.readValue(stored, ParsedView.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
