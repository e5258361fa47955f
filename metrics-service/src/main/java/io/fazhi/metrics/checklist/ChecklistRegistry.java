package io.fazhi.metrics.checklist;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The checklist each report is scored against: the default one, extended by the local items of
 * the province, city and county above its township; each combination is built once.
 */
@ApplicationScoped
public class ChecklistRegistry {

    /** The default checklist of the 2021–2025 plan, for township reports. */
    public static final String DEFAULT_CHECKLIST = "/checklists/plan-2021-2025.yaml";

    private final Checklist base = ChecklistLoader.fromResource(DEFAULT_CHECKLIST);
    private final Map<String, Checklist> combined = new ConcurrentHashMap<>();
    /** Other replicas may change extensions: read them again after this long. */
    private static final java.time.Duration FRESH = java.time.Duration.ofMinutes(1);

    private volatile Map<String, Checklist> extensions;
    private volatile Instant loadedAt = Instant.MIN;

    public Checklist base() {
        return base;
    }

    /** The checklist of a township's reports: the default one with its places' extensions. */
    public Checklist checklistFor(String townshipCode) {
        Map<String, Checklist> applicable = new TreeMap<>();
        if (townshipCode != null) {
            extensions().forEach((place, extension) -> {
                if (townshipCode.startsWith(place)) {
                    applicable.put(place, extension);
                }
            });
        }
        String key = String.join("+", applicable.keySet()) + "#"
                + applicable.values().stream().map(Checklist::hash).toList();
        return combined.computeIfAbsent(key, k -> ChecklistLoader.extend(base, applicable));
    }

    public Map<String, Checklist> extensions() {
        Map<String, Checklist> loaded = extensions;
        if (loaded == null || loadedAt.isBefore(Instant.now().minus(FRESH))) {
            loaded = new TreeMap<>();
            for (ChecklistExtension e : ChecklistExtension.<ChecklistExtension>listAll()) {
                loaded.put(e.placeCode, ChecklistLoader.parse(e.source.getBytes(StandardCharsets.UTF_8)));
            }
            extensions = loaded;
            loadedAt = Instant.now();
        }
        return loaded;
    }

    /** Adds or replaces a place's extension; refuses one that is invalid or clashes with existing item ids. */
    @Transactional
    public Checklist putExtension(String placeCode, String yaml, String by) {
        Checklist extension = ChecklistLoader.parse(yaml.getBytes(StandardCharsets.UTF_8));
        Map<String, Checklist> others = new TreeMap<>(extensions());
        others.remove(placeCode);
        others.put(placeCode, extension);
        ChecklistLoader.extend(base, others); // throws on repeated item ids
        ChecklistExtension entity = ChecklistExtension.findById(placeCode);
        if (entity == null) {
            entity = new ChecklistExtension();
            entity.placeCode = placeCode;
        }
        entity.source = yaml;
        entity.hash = extension.hash();
        entity.createdBy = by;
        entity.createdAt = Instant.now();
        entity.persist();
        extensions = null;
        return extension;
    }

    @Transactional
    public boolean removeExtension(String placeCode) {
        boolean removed = ChecklistExtension.deleteById(placeCode);
        extensions = null;
        return removed;
    }
}
