package io.fazhi.report.parse;

import io.fazhi.platform.places.Place;
import io.fazhi.platform.places.PlaceLevel;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The words a report uses for a place, from its official name: 鹤龙街 for 鹤龙街道, 屏边县 and
 * 屏边 for 屏边苗族自治县, 上党 for 上党区, 银杏大街街道 for 开发区银杏大街街道, and the aliases of
 * {@code place-names/township-aliases.csv}. A name that is only a kind of place (街道, 城区,
 * 开发区: {@code place-names/generic-words.txt}) is never one.
 */
final class PlaceNames {

    /** How township names end; what is left must still say something (街道 alone says nothing). */
    private static final List<String> TOWNSHIP_KINDS = List.of("街道办事处", "街道", "办事处", "民族乡", "民族镇", "苏木", "镇", "乡");

    private static final List<String> SUFFIXES = List.of(
            "维吾尔自治区", "壮族自治区", "回族自治区", "特别行政区", "自治区", "自治州", "自治县", "自治旗", "地区", "林区", "特区", "省", "市", "县", "区", "旗",
            "盟");
    /** Placeholder rows of the table (市辖区 under every city): no report names them. */
    private static final Set<String> PLACEHOLDERS = Set.of("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划");

    private final Set<String> generic = Set.copyOf(lines("generic-words.txt"));
    private final List<String> zonePrefixes = lines("zone-prefixes.txt");
    private final List<String> ethnicGroups = lines("ethnic-groups.txt");
    private final Map<String, List<String>> aliasesByCode = lines("township-aliases.csv").stream()
            .filter(line -> !line.startsWith("code,"))
            .map(line -> line.split(",", 2))
            .collect(Collectors.groupingBy(
                    cols -> cols[0], Collectors.mapping(cols -> cols[1].strip(), Collectors.toList())));

    /** A county's or city's name without any kind (上党, 公安, 朝阳): a word that may be an ordinary one. */
    static boolean isBareCountyName(String keyword, Place place) {
        return (place.level() == PlaceLevel.COUNTY || place.level() == PlaceLevel.CITY)
                && !keyword.equals(place.name())
                && "县区市旗".indexOf(keyword.charAt(keyword.length() - 1)) < 0;
    }

    static boolean isPlaceholder(String name) {
        return PLACEHOLDERS.contains(name);
    }

    /** Every word that names {@code place} in a report; empty for placeholders and generic names. */
    Set<String> of(Place place) {
        Set<String> names = new LinkedHashSet<>();
        if (PLACEHOLDERS.contains(place.name())) {
            return names;
        }
        if (place.level() == PlaceLevel.TOWNSHIP) {
            townshipNames(place.name(), names);
            names.addAll(aliasesByCode.getOrDefault(place.code(), List.of()));
        } else {
            names.add(place.name());
            String base = withoutEthnicGroups(place.name());
            if (!base.equals(place.name())) {
                names.add(base + place.name().substring(place.name().length() - 1)); // 屏边县
                names.add(base);
            }
            names.add(shortName(place.name()));
        }
        names.removeIf(name -> name.length() < 2 || generic.contains(name));
        return names;
    }

    private void townshipNames(String name, Set<String> names) {
        if (!says(name)) {
            return;
        }
        names.add(name);
        for (String prefix : zonePrefixes) {
            if (name.startsWith(prefix) && says(name.substring(prefix.length()))) {
                names.add(name.substring(prefix.length()));
                break;
            }
        }
        if (name.endsWith("街道") && name.length() >= 4) {
            names.add(name.substring(0, name.length() - 1)); // 鹤龙街道 → 鹤龙街
        }
    }

    /** Whether a township name says which place it is: not generic, and more than its kind. */
    private boolean says(String name) {
        if (generic.contains(name)) {
            return false;
        }
        for (String kind : TOWNSHIP_KINDS) {
            if (name.endsWith(kind)) {
                String rest = name.substring(0, name.length() - kind.length());
                return !rest.isEmpty() && !generic.contains(rest);
            }
        }
        return name.length() > 2; // 永兴, 城南: without a kind, two characters are a common word
    }

    /** 屏边苗族自治县 → 屏边, 积石山保安族东乡族撒拉族自治县 → 积石山; other names unchanged. */
    String withoutEthnicGroups(String name) {
        if (!name.contains("自治")) {
            return name;
        }
        for (int i = 2; i < name.length(); i++) {
            for (String group : ethnicGroups) {
                if (name.startsWith(group + "族", i)) {
                    return name.substring(0, i);
                }
            }
        }
        return name;
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

    private static List<String> lines(String resource) {
        try (InputStream in = PlaceNames.class.getResourceAsStream("/place-names/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource place-names/" + resource);
            }
            List<String> lines = new ArrayList<>();
            for (String line : new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .lines()
                    .toList()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line.strip());
                }
            }
            return List.copyOf(lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
