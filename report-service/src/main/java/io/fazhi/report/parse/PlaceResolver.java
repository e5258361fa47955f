package io.fazhi.report.parse;

import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;
import io.fazhi.platform.places.Place;
import io.fazhi.platform.places.PlaceDirectory;
import io.fazhi.platform.places.PlaceLevel;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
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
    private static final Set<String> PLACEHOLDER_NAMES = Set.of("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划");
    private static final List<String> SUFFIXES = List.of("维吾尔自治区", "壮族自治区", "回族自治区", "特别行政区", "自治区",
            "自治州", "自治县", "自治旗", "地区", "林区", "特区", "省", "市", "县", "区", "旗", "盟");

    private final PlaceDirectory places;
    private final AhoCorasickDoubleArrayTrie<List<Place>> trie = new AhoCorasickDoubleArrayTrie<>();

    public PlaceResolver(PlaceDirectory places) {
        this.places = places;
        Map<String, List<Place>> placesByKeyword = new HashMap<>();
        for (PlaceLevel level : PlaceLevel.values()) {
            for (Place place : places.under("", level)) {
                if (PLACEHOLDER_NAMES.contains(place.name())) {
                    continue;
                }
                add(placesByKeyword, place.name(), place);
                if (level != PlaceLevel.TOWNSHIP) {
                    add(placesByKeyword, shortName(place.name()), place);
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
                } else {
                    mentionsByCode.computeIfAbsent(place.code(), c -> new ArrayList<>()).add(keyword);
                }
            }
        }
        if (weightByTownship.isEmpty()) {
            return new PlaceResolution(null, List.of(), List.of("the text names no township"
                    + (scope.isEmpty() ? "" : " under " + scope)));
        }
        // Support from the places above adds at most 6, less than one more mention of the name (10):
        // only the townships named most can win, so only they are scored.
        int mostNamed = weightByTownship.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
        List<Scored> scored = weightByTownship.entrySet().stream()
                .filter(e -> e.getValue() == mostNamed)
                .map(e -> score(e.getKey(), e.getValue(), mentionsByTownship.get(e.getKey()), mentionsByCode))
                .sorted(Comparator.comparingInt(Scored::score).reversed())
                .toList();
        int best = scored.get(0).score();
        List<Scored> top = scored.stream().filter(s -> s.score() == best).toList();
        List<PlaceCandidate> candidates = top.stream().map(Scored::candidate).toList();
        if (top.size() == 1) {
            return new PlaceResolution(top.get(0).candidate().township(), candidates, List.of());
        }
        return new PlaceResolution(null, candidates, List.of("township name " + top.get(0).candidate().township().name()
                + " fits " + top.size() + " places and the text does not say which"));
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
        String pathText = path.stream().map(Place::name).filter(n -> !PLACEHOLDER_NAMES.contains(n))
                .collect(Collectors.joining(" "));
        // The name's weight dominates; the places above it decide between namesakes.
        return new Scored(new PlaceCandidate(township, pathText, List.copyOf(evidence)), nameWeight * 10 + support);
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

    private static void add(Map<String, List<Place>> placesByKeyword, String keyword, Place place) {
        if (keyword.length() >= 2) {
            placesByKeyword.computeIfAbsent(keyword, k -> new ArrayList<>(1)).add(place);
        }
    }

    /** 上党区 → 上党, 内蒙古自治区 → 内蒙古, 山西省 → 山西: how reports name places in passing. */
    static String shortName(String name) {
        for (String suffix : SUFFIXES) {
            if (name.endsWith(suffix) && name.length() - suffix.length() >= 2) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return name;
    }

    private record Scored(PlaceCandidate candidate, int score) {
    }
}
