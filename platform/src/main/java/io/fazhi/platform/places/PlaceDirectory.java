package io.fazhi.platform.places;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The official division table (provinces → cities → counties → townships) in memory, from the
 * {@code divisions/*.csv} resources (the public china-division data set). About 44,700 places.
 */
@Singleton
public class PlaceDirectory {

    /** In code order, for the places under a prefix. */
    private final NavigableMap<String, Place> inCodeOrder = new TreeMap<>();
    /**
     * The same places for exact lookups, which every event and submission makes several of: a
     * hash lookup instead of about 16 string comparisons down the tree.
     */
    private final Map<String, Place> byCode = new HashMap<>(64 * 1024);

    private final Map<String, List<Place>> byName = new HashMap<>();

    public PlaceDirectory() {
        load("provinces.csv", PlaceLevel.PROVINCE, null);
        load("cities.csv", PlaceLevel.CITY, "provinceCode");
        load("areas.csv", PlaceLevel.COUNTY, "cityCode");
        load("streets.csv", PlaceLevel.TOWNSHIP, "areaCode");
        byName.replaceAll((name, places) -> List.copyOf(places));
    }

    public Optional<Place> byCode(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    /**
     * The place a request names, which must exist: a 400 problem on {@code field} otherwise, so that
     * nothing is ever stored for a place that is not in the table (999999).
     */
    public Place existing(String code, String field) {
        return byCode(code)
                .orElseThrow(() ->
                        io.fazhi.platform.problem.ProblemException.invalid(field, "no place has the code " + code));
    }

    /** The township a request names, which must exist: a 400 problem on {@code field} otherwise. */
    public Place existingTownship(String code, String field) {
        return byCode(code)
                .filter(p -> p.level() == PlaceLevel.TOWNSHIP)
                .orElseThrow(() ->
                        io.fazhi.platform.problem.ProblemException.invalid(field, "no township has the code " + code));
    }

    /** Every place with exactly this name: names repeat (there are 11 townships called 南阳镇). */
    public List<Place> byName(String name) {
        return byName.getOrDefault(name, List.of());
    }

    /** The place and its ancestors, province first. Empty for an unknown code. */
    public List<Place> path(String code) {
        List<Place> path = new ArrayList<>(4);
        for (Optional<Place> p = byCode(code); p.isPresent(); p = byCode(p.get().parentCode())) {
            path.add(p.get());
        }
        Collections.reverse(path);
        return path;
    }

    /** Every place of the given level whose code starts with {@code prefix}, in code order. */
    public List<Place> under(String prefix, PlaceLevel level) {
        return inCodeOrder.subMap(prefix, true, prefix + Character.MAX_VALUE, false).values().stream()
                .filter(p -> p.level() == level)
                .toList();
    }

    /** All townships of a province, city or county (or the country, for the empty prefix). */
    public List<Place> townshipsUnder(String prefix) {
        return under(prefix, PlaceLevel.TOWNSHIP);
    }

    /** The places one level below {@code code}; the provinces for the empty code. */
    public List<Place> children(String code) {
        if (code.isEmpty()) {
            return under("", PlaceLevel.PROVINCE);
        }
        return inCodeOrder.subMap(code, false, code + Character.MAX_VALUE, false).values().stream()
                .filter(p -> code.equals(p.parentCode()))
                .toList();
    }

    public int size() {
        return byCode.size();
    }

    private void load(String file, PlaceLevel level, String parentColumn) {
        CsvMapper csv = new CsvMapper();
        CsvSchema header = CsvSchema.emptySchema().withHeader();
        try (InputStream in = PlaceDirectory.class.getResourceAsStream("/divisions/" + file)) {
            if (in == null) {
                throw new IllegalStateException("division data divisions/" + file + " is missing from the classpath");
            }
            MappingIterator<Map<String, String>> rows =
                    csv.readerFor(Map.class).with(header).readValues(in);
            while (rows.hasNext()) {
                Map<String, String> row = rows.next();
                Place place = new Place(
                        row.get("code"), row.get("name"), level, parentColumn == null ? null : row.get(parentColumn));
                inCodeOrder.put(place.code(), place);
                byCode.put(place.code(), place);
                byName.computeIfAbsent(place.name(), n -> new ArrayList<>(1)).add(place);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read divisions/" + file, e);
        }
    }
}
