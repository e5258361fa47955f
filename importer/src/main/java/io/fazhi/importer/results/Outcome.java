package io.fazhi.importer.results;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What became of one file. */
public enum Outcome {
    /** Stored as a new report (version 1). */
    ACCEPTED,
    /** Stored as the next version of a report the township had for that year. */
    REVISED,
    /** Sent before with the same content and fields (a re-run, a resumed run, a copy under another name): nothing new stored. */
    UNCHANGED,
    /** Not stored: the problem says why. */
    REFUSED;

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
