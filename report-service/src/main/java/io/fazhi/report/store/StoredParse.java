package io.fazhi.report.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;

/** A version's parse as it is kept in {@code report_version.parsed}: JSON, written and read here only. */
@ApplicationScoped
public class StoredParse {

    @Inject
    ObjectMapper json;

    public String write(VersionParse view) {
        try {
            return json.writeValueAsString(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise the parse", e);
        }
    }

    public VersionParse read(String stored) {
        try {
            return json.readValue(stored, VersionParse.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
