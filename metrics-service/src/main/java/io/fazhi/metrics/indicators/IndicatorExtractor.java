package io.fazhi.metrics.indicators;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Pulls typed numbers out of a report: each kind of indicators.yaml is a cue, a short gap within
 * the clause, a quantity and a unit. Chinese numerals, 万 and the approximations 余/多/近/约/左右 are
 * read; every indicator keeps its source passage. Thread-safe.
 */
public final class IndicatorExtractor {

    private static final String QUANTITY =
            "(?<before>近|约|超过)?(?<number>\\d+(?:\\.\\d+)?|[零〇一二两三四五六七八九十百千]+)(?<wan>万)?(?<more>余|多)?";

    private final List<Compiled> kinds;

    public IndicatorExtractor(List<IndicatorKind> kinds) {
        this.kinds = kinds.stream().map(Compiled::new).toList();
    }

    public static IndicatorExtractor fromResource(String resource) {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory()).disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try (InputStream in = IndicatorExtractor.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no indicator kinds at " + resource);
            }
            return new IndicatorExtractor(yaml.readValue(in, Definitions.class).kinds());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Indicator> extract(String text) {
        List<Indicator> found = new ArrayList<>();
        BitSet claimed = new BitSet(text.length());
        for (Compiled kind : kinds) {
            Matcher m = kind.pattern.matcher(text);
            while (m.find()) {
                int numberStart = m.start("number");
                if (claimed.get(numberStart)) {
                    continue; // an earlier kind owns this number
                }
                OptionalDouble value = QuantityReader.read(m.group("number"), m.group("wan") != null);
                if (value.isEmpty()) {
                    continue;
                }
                boolean approximate = m.group("before") != null || m.group("more") != null
                        || text.startsWith("左右", m.end());
                claimed.set(numberStart);
                found.add(new Indicator(kind.definition.kind(), kind.definition.label(), value.getAsDouble(),
                        m.group("unit"), approximate, m.start(), m.end(), m.group()));
            }
            for (String none : kind.definition.none()) {
                for (int at = text.indexOf(none); at >= 0; at = text.indexOf(none, at + 1)) {
                    found.add(new Indicator(kind.definition.kind(), kind.definition.label(), 0, kind.definition.units().get(0),
                            false, at, at + none.length(), none));
                }
            }
        }
        found.sort(Comparator.comparingInt(Indicator::start));
        return found;
    }

    private static final class Compiled {
        final IndicatorKind definition;
        final Pattern pattern;

        Compiled(IndicatorKind definition) {
            this.definition = definition;
            String units = definition.units().stream().sorted(Comparator.comparingInt(String::length).reversed())
                    .map(Pattern::quote).collect(Collectors.joining("|"));
            this.pattern = Pattern.compile("(?:" + definition.cue() + ")[^，。；,;\\n]{0," + definition.gap() + "}?"
                    + "(?:达|为|共|计|约)?" + QUANTITY + "(?<unit>" + units + ")");
        }
    }

    private record Definitions(List<IndicatorKind> kinds) {
    }
}
