package io.fazhi.metrics.reuse;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A {@link ReuseIndex} in memory: for benchmarks and unit tests of the detection itself. */
public final class InMemoryReuseIndex implements ReuseIndex {

    private final Map<Long, List<Indexed>> byBand = new HashMap<>();
    private final Map<String, List<Indexed>> byReport = new HashMap<>();
    private final Set<Long> boilerplate = new HashSet<>();

    @Override
    public Map<Integer, Collection<Indexed>> candidates(List<PassageSignature> passages, String excludeTownship) {
        Map<Integer, Collection<Indexed>> found = new HashMap<>();
        for (int i = 0; i < passages.size(); i++) {
            Map<Indexed, Integer> sharedBands = new LinkedHashMap<>();
            int[] bands = MinHasher.bands(passages.get(i).signature());
            for (int b = 0; b < bands.length; b++) {
                long key = key(b, bands[b]);
                List<Indexed> bucket = byBand.getOrDefault(key, List.of());
                if (bucket.size() > MAX_BUCKET) {
                    boilerplate.add(key);
                }
                if (boilerplate.contains(key)) {
                    continue;
                }
                for (Indexed indexed : bucket) {
                    if (!indexed.townshipCode().equals(excludeTownship)) {
                        sharedBands.merge(indexed, 1, Integer::sum);
                    }
                }
            }
            List<Indexed> forPassage = sharedBands.entrySet().stream()
                    .filter(e -> e.getValue() >= MIN_SHARED_BANDS).map(Map.Entry::getKey).toList();
            if (!forPassage.isEmpty()) {
                found.put(i, forPassage);
            }
        }
        return found;
    }

    @Override
    public void putAll(List<Report> reports) {
        for (Report report : reports) {
            put(report.reportId(), report.townshipCode(), report.passages());
        }
    }

    private void put(String reportId, String townshipCode, List<PassageSignature> passages) {
        remove(reportId);
        List<Indexed> added = new ArrayList<>();
        for (PassageSignature passage : passages) {
            Indexed indexed = new Indexed(reportId, townshipCode, passage);
            added.add(indexed);
            int[] bands = MinHasher.bands(passage.signature());
            for (int b = 0; b < bands.length; b++) {
                long key = key(b, bands[b]);
                if (!boilerplate.contains(key)) {
                    byBand.computeIfAbsent(key, k -> new ArrayList<>()).add(indexed);
                }
            }
        }
        byReport.put(reportId, added);
    }

    @Override
    public void remove(String reportId) {
        List<Indexed> old = byReport.remove(reportId);
        if (old == null) {
            return;
        }
        for (Indexed indexed : old) {
            int[] bands = MinHasher.bands(indexed.signature().signature());
            for (int b = 0; b < bands.length; b++) {
                List<Indexed> list = byBand.get(key(b, bands[b]));
                if (list != null) {
                    list.remove(indexed);
                }
            }
        }
    }

    private static long key(int band, int hash) {
        return ((long) band << 32) | (hash & 0xffffffffL);
    }
}
