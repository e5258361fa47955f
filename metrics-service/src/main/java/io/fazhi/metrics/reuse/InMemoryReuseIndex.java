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

    private final Map<Long, List<Indexed>> byBucket = new HashMap<>();
    private final Map<String, List<Indexed>> byReport = new HashMap<>();
    private final Set<Long> boilerplate = new HashSet<>();

    @Override
    public Map<Integer, Collection<Indexed>> candidates(List<PassageSignature> passages, String excludeTownship) {
        Map<Integer, Collection<Indexed>> found = new HashMap<>();
        for (int i = 0; i < passages.size(); i++) {
            Map<Indexed, Integer> sharedBands = new LinkedHashMap<>();
            for (long key : MinHasher.buckets(passages.get(i).signature())) {
                List<Indexed> bucket = byBucket.getOrDefault(key, List.of());
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
                    .filter(e -> e.getValue() >= MIN_SHARED_BANDS)
                    .map(Map.Entry::getKey)
                    .toList();
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
            for (long key : MinHasher.buckets(passage.signature())) {
                if (!boilerplate.contains(key)) {
                    byBucket.computeIfAbsent(key, k -> new ArrayList<>()).add(indexed);
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
            for (long key : MinHasher.buckets(indexed.signature().signature())) {
                List<Indexed> list = byBucket.get(key);
                if (list != null) {
                    list.remove(indexed);
                }
            }
        }
    }
}
