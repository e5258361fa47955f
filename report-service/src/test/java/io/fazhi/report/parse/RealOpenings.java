package io.fazhi.report.parse;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.fazhi.report.extract.TextExtractor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The 36 openings of real published township reports in src/test/resources/samples/real, exactly
 * as published, with a careful reader's truth (see the README beside them).
 */
public final class RealOpenings {

    /** One file's truth: the fields of truth.json the parser is held to. */
    public record Truth(
            String file,
            String township,
            int reportYear,
            String divisionCode,
            boolean decidableFromText,
            List<String> candidatesIfAmbiguous,
            List<String> sectionsPresent,
            String script) {

        @Override
        public String toString() {
            return file + " " + township;
        }
    }

    private RealOpenings() {}

    public static List<Truth> truths() {
        ObjectMapper json = new ObjectMapper()
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        try {
            return List.of(json.readValue(Samples.bytes("real/truth.json"), Truth[].class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text as the service reads it: through intake, so Traditional pages are converted. */
    public static String analysisText(Truth truth) {
        return TextExtractor.read(Samples.bytes("real/" + truth.file()), StandardCharsets.UTF_8)
                .analysisText();
    }
}
