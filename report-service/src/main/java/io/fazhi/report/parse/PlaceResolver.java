package io.fazhi.report.parse;

import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;
import io.fazhi.platform.places.Place;
import io.fazhi.platform.places.PlaceDirectory;
import io.fazhi.platform.places.PlaceLevel;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Resolves the township that wrote a report from the place names in its text, in one
 * Aho-Corasick pass over all ~45,000 names of the division table. Township names repeat (nine
 * townships are called 南阳镇), so each candidate is weighed by how often and where its name
 * appears and by the county (3), city (2) and province (1) above it that the text also names.
 * When the best candidates tie, all of them are returned and none is chosen.
 */
public final class PlaceResolver {

    /** Mentions in the first characters (header, title, opening paragraph) count extra. */
    private static final int HEADER_CHARS = 300;
    /** Kinds of county, as the last character of their names. */
    private static final String COUNTY_KINDS = "区县市旗";
    /** Before 区委 or 县委 these make it no county's leaders: 依法治县委员会, 社区委员会, 小区, 园区, 辖区. */
    private static final String NOT_LEADERS_AFTER = "治社小园辖";

    private final PlaceDirectory places;
    private final AhoCorasickDoubleArrayTrie<List<Place>> trie = new AhoCorasickDoubleArrayTrie<>();

    public PlaceResolver(PlaceDirectory places) {
        this.places = places;
        PlaceNames names = new PlaceNames();
        Map<String, List<Place>> placesByKeyword = new HashMap<>();
        for (PlaceLevel level : PlaceLevel.values()) {
            for (Place place : places.under("", level)) {
                for (String name : names.of(place)) {
                    placesByKeyword
                            .computeIfAbsent(name, k -> new ArrayList<>(1))
                            .add(place);
                }
            }
        }
        trie.build(placesByKeyword);
    }

    /**
     * @param scope the caller's code prefix ("" for admin): candidates outside it are not considered
     */
    public PlaceResolution resolve(String text, String scope) {
        Map<String, Integer> weightByTownship = new LinkedHashMap<>();
        Map<String, Integer> mentionsByTownship = new HashMap<>();
        Map<String, List<String>> mentionsByCode = new HashMap<>();
        for (AhoCorasickDoubleArrayTrie.Hit<List<Place>> hit : mentions(text)) {
            String keyword = text.substring(hit.begin, hit.end);
            int weight = hit.begin < HEADER_CHARS ? 5 : 1;
            for (Place place : hit.value) {
                if (place.level() == PlaceLevel.TOWNSHIP) {
                    if (place.code().startsWith(scope)) {
                        weightByTownship.merge(place.code(), weight, Integer::sum);
                        mentionsByTownship.merge(place.code(), 1, Integer::sum);
                    }
                } else if (!PlaceNames.isBareCountyName(keyword, place) || namedAsPlace(text, hit.begin)) {
                    mentionsByCode
                            .computeIfAbsent(place.code(), c -> new ArrayList<>())
                            .add(keyword);
                }
            }
        }
        if (weightByTownship.isEmpty()) {
            return new PlaceResolution(
                    null,
                    List.of(),
                    List.of("the text names no township" + (scope.isEmpty() ? "" : " under " + scope)));
        }
        // Support from the places above adds at most 6, less than one more mention of the name (10):
        // only the townships named most can win, so only they are scored.
        int mostNamed = weightByTownship.values().stream()
                .mapToInt(Integer::intValue)
                .max()
                .orElseThrow();
        List<Scored> scored = weightByTownship.entrySet().stream()
                .filter(e -> e.getValue() == mostNamed)
                .map(e -> score(e.getKey(), e.getValue(), mentionsByTownship.get(e.getKey()), mentionsByCode))
                .sorted(Comparator.comparingInt(Scored::score).reversed())
                .toList();
        int best = scored.get(0).score();
        List<Scored> top =
                ledByNamedKind(scored.stream().filter(s -> s.score() == best).toList(), text);
        List<PlaceCandidate> candidates = top.stream().map(Scored::candidate).toList();
        if (top.size() == 1) {
            return new PlaceResolution(top.get(0).candidate().township(), candidates, List.of());
        }
        return new PlaceResolution(
                null,
                candidates,
                List.of("township name " + top.get(0).candidate().township().name() + " fits " + top.size()
                        + " places and the text does not say which"));
    }

    /**
     * Namesakes whose county is of a kind the text names as the township's leaders: a text that
     * says only 区委、区政府 is from a township under a district, not under a county or a
     * county-level city. When the text names no kind, or none fits, every namesake stays.
     */
    private List<Scored> ledByNamedKind(List<Scored> namesakes, String text) {
        if (namesakes.size() < 2) {
            return namesakes;
        }
        Set<Character> named = leaderKinds(text);
        if (named.isEmpty()) {
            return namesakes;
        }
        List<Scored> led = namesakes.stream()
                .filter(s -> {
                    String county = s.candidate().township().countyCode();
                    Character kind = places.byCode(county)
                            .map(c -> c.name().charAt(c.name().length() - 1))
                            .orElse(null);
                    return kind == null || named.contains(kind) || COUNTY_KINDS.indexOf(kind) < 0;
                })
                .toList();
        return led.isEmpty() ? namesakes : led;
    }

    /** The kinds of county the text names as leaders: 区委、区政府 → 区; 县委 → 县; 市人民政府 → 市; 旗委 → 旗. */
    private static Set<Character> leaderKinds(String text) {
        Set<Character> named = new HashSet<>(4);
        for (int i = 0; i + 1 < text.length(); i++) {
            char kind = text.charAt(i);
            if (COUNTY_KINDS.indexOf(kind) < 0 || (i > 0 && NOT_LEADERS_AFTER.indexOf(text.charAt(i - 1)) >= 0)) {
                continue;
            }
            if (text.charAt(i + 1) == '委' || text.startsWith("政府", i + 1) || text.startsWith("人民政府", i + 1)) {
                named.add(kind);
            }
        }
        return named;
    }

    private Scored score(String townshipCode, int nameWeight, int mentions, Map<String, List<String>> mentionsByCode) {
        Place township = places.byCode(townshipCode).orElseThrow();
        List<String> evidence = new ArrayList<>();
        evidence.add(township.name() + " ×" + mentions);
        int support = 0;
        int[] points = {1, 2, 3}; // province, city, county
        List<Place> path = places.path(townshipCode);
        for (int i = 0; i < path.size() - 1; i++) {
            List<String> mentioned = mentionsByCode.get(path.get(i).code());
            if (mentioned != null) {
                support += points[Math.min(i, 2)];
                evidence.add(mentioned.get(0));
            }
        }
        String pathText = path.stream()
                .map(Place::name)
                .filter(n -> !PlaceNames.isPlaceholder(n))
                .collect(Collectors.joining(" "));
        // The name's weight dominates; the places above it decide between namesakes.
        return new Scored(new PlaceCandidate(township, pathText, List.copyOf(evidence)), nameWeight * 10 + support);
    }

    /**
     * Whether a county's or city's bare name at {@code at} names the place: in a local plan's name (法治上党,
     * 《上党区…规划》). Elsewhere such names are often ordinary words — 公安 (police; 公安县), 南部
     * (south; 南部县), 合作, 平安, 朝阳 — and would tip namesakes toward the wrong county.
     */
    private static boolean namedAsPlace(String text, int at) {
        if (at >= 2 && text.startsWith("法治", at - 2)) {
            return true;
        }
        for (int i = at - 1; i >= Math.max(0, at - 30); i--) {
            char c = text.charAt(i);
            if (c == '》' || c == '\n') {
                return false;
            }
            if (c == '《') {
                return true;
            }
        }
        return false;
    }

    /**
     * The names in the text, in the order they appear, none overlapping another: of two that
     * overlap the longer counts, then the leftmost (a county's full name, not the shorter name
     * inside it too).
     */
    private List<AhoCorasickDoubleArrayTrie.Hit<List<Place>>> mentions(String text) {
        List<AhoCorasickDoubleArrayTrie.Hit<List<Place>>> hits = trie.parseText(text);
        hits.sort(Comparator.comparingInt((AhoCorasickDoubleArrayTrie.Hit<List<Place>> h) -> h.begin - h.end)
                .thenComparingInt(h -> h.begin));
        BitSet taken = new BitSet(text.length());
        List<AhoCorasickDoubleArrayTrie.Hit<List<Place>>> kept = new ArrayList<>(hits.size());
        for (AhoCorasickDoubleArrayTrie.Hit<List<Place>> hit : hits) {
            int firstTaken = taken.nextSetBit(hit.begin);
            if (firstTaken < 0 || firstTaken >= hit.end) {
                taken.set(hit.begin, hit.end);
                kept.add(hit);
            }
        }
        kept.sort(Comparator.comparingInt(h -> h.begin));
        return kept;
    }

    private record Scored(PlaceCandidate candidate, int score) {}
}
