package io.fazhi.metrics.indicators;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Pulls typed numbers out of a report: the cues of every kind of indicators.yaml are found in one
 * Aho-Corasick pass, then after each cue a short pattern reads the quantity and its unit within
 * the same clause. Chinese numerals, 万 and the approximations 余/多/近/约/左右 are read; every
 * indicator keeps its source passage. Thread-safe.
 */
public final class IndicatorExtractor {

    private static final String QUANTITY =
            "(?<before>近|约|超过)?(?<number>\\d+(?:\\.\\d+)?|[零〇一二两三四五六七八九十百千]+)(?<wan>万)?(?<more>余|多)?";
    /** How far past the gap a quantity and its unit can reach. */
    private static final int QUANTITY_SPAN = 24;

    private final List<Compiled> kinds;
    /** Every cue, to the kinds it introduces. */
    private final AhoCorasickDoubleArrayTrie<List<Compiled>> cues = new AhoCorasickDoubleArrayTrie<>();

    public IndicatorExtractor(List<IndicatorKind> definitions) {
        this.kinds = definitions.stream().map(Compiled::new).toList();
        Map<String, List<Compiled>> kindsByCue = new HashMap<>();
        for (Compiled kind : kinds) {
            for (String cue : kind.definition.cues()) {
                kindsByCue.computeIfAbsent(cue, c -> new ArrayList<>()).add(kind);
            }
        }
        cues.build(kindsByCue);
    }

    public static IndicatorExtractor fromResource(String resource) {
        ObjectMapper yaml =
                new ObjectMapper(new YAMLFactory()).disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
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
        Map<Compiled, List<AhoCorasickDoubleArrayTrie.Hit<List<Compiled>>>> cuesByKind = new HashMap<>();
        for (AhoCorasickDoubleArrayTrie.Hit<List<Compiled>> cue : cues.parseText(text)) {
            for (Compiled kind : cue.value) {
                cuesByKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(cue);
            }
        }
        List<Indicator> found = new ArrayList<>();
        BitSet claimed = new BitSet(text.length());
        for (Compiled kind : kinds) { // file order: the first kind to claim a number keeps it
            Matcher m = kind.tail.matcher(text);
            for (AhoCorasickDoubleArrayTrie.Hit<List<Compiled>> cue : cuesByKind.getOrDefault(kind, List.of())) {
                int from = cue.end;
                m.region(from, Math.min(text.length(), from + kind.definition.gap() + QUANTITY_SPAN));
                if (!m.lookingAt() || claimed.get(m.start("number"))) {
                    continue;
                }
                OptionalDouble value = QuantityReader.read(m.group("number"), m.group("wan") != null);
                if (value.isEmpty()) {
                    continue;
                }
                boolean approximate =
                        m.group("before") != null || m.group("more") != null || text.startsWith("左右", m.end());
                claimed.set(m.start("number"));
                found.add(new Indicator(
                        kind.definition.kind(),
                        kind.definition.label(),
                        value.getAsDouble(),
                        m.group("unit"),
                        approximate,
                        cue.begin,
                        m.end(),
                        text.substring(cue.begin, m.end())));
            }
            for (String none : kind.definition.none()) {
                for (int at = text.indexOf(none); at >= 0; at = text.indexOf(none, at + 1)) {
                    found.add(new Indicator(
                            kind.definition.kind(),
                            kind.definition.label(),
                            0,
                            kind.definition.units().get(0),
                            false,
                            at,
                            at + none.length(),
                            none));
                }
            }
        }
        found.sort(Comparator.comparingInt(Indicator::start));
        return found;
    }

    private static final class Compiled {
        final IndicatorKind definition;
        final Pattern tail;

        Compiled(IndicatorKind definition) {
            this.definition = definition;
            String units = definition.units().stream()
                    .sorted(Comparator.comparingInt(String::length).reversed())
                    .map(Pattern::quote)
                    .collect(Collectors.joining("|"));
            this.tail = Pattern.compile(
                    "[^，。；,;\\n]{0," + definition.gap() + "}?(?:达|为|共|计|约)?" + QUANTITY + "(?<unit>" + units + ")");
        }
    }

    private record Definitions(List<IndicatorKind> kinds) {}
}
