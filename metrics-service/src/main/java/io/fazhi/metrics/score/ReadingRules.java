package io.fazhi.metrics.score;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * How a careful reader weighs a passage, as data beside the checklist
 * ({@code checklists/reading-rules.yaml}, which explains each list).
 */
public record ReadingRules(
        List<String> setPhrases,
        List<String> personTitles,
        List<String> bodyWords,
        List<String> notNames,
        List<String> regulationEndings,
        List<String> topicMarkers,
        List<String> topicPartsExempt,
        List<String> notMeasures) {

    public static final String RESOURCE = "/checklists/reading-rules.yaml";

    /** The rules every scorer uses. */
    public static final ReadingRules DEFAULT = load(RESOURCE);

    static ReadingRules load(String resource) {
        try (InputStream in = ReadingRules.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no reading rules at " + resource);
            }
            return new ObjectMapper(new YAMLFactory()).readValue(in, ReadingRules.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the phrase ending at {@code end} is the subject of another activity in its list element. */
    boolean isTopicOfAnotherActivity(String text, int end) {
        int stop = end;
        while (stop < text.length() && stop - end < 12 && "，、。；,;\n".indexOf(text.charAt(stop)) < 0) {
            stop++;
        }
        String rest = text.substring(end, stop);
        return topicMarkers.stream().anyMatch(rest::contains);
    }
}
