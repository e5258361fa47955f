package io.fazhi.metrics.checklist;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/** Reads a checklist from its YAML resource and refuses one a scorer could not use. */
public final class ChecklistLoader {

    public static final Set<String> MARKERS = Set.of("number", "regulation", "person", "body", "date");
    private static final Set<String> LEVELS = Set.of("township", "county", "department");
    private static final ObjectMapper YAML =
            new ObjectMapper(new YAMLFactory()).disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private ChecklistLoader() {}

    public static Checklist fromResource(String resource) {
        try (InputStream in = ChecklistLoader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no checklist at " + resource);
            }
            return parse(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Checklist parse(byte[] yaml) {
        Checklist read;
        try {
            read = YAML.readValue(yaml, Checklist.class);
        } catch (IOException e) {
            throw new InvalidChecklistException("not a checklist: " + e.getMessage());
        }
        Checklist checklist = new Checklist(read.id(), read.version(), read.title(), read.parts(), sha256(yaml));
        validate(checklist);
        return checklist;
    }

    /**
     * The default checklist with a place's extensions added: their items join the part of the
     * same id, or form parts of their own. The result has its own id, version and hash, so an
     * assessment says exactly what it was scored against.
     */
    public static Checklist extend(Checklist base, java.util.Map<String, Checklist> extensionsByPlace) {
        if (extensionsByPlace.isEmpty()) {
            return base;
        }
        java.util.Map<String, Checklist.Part> parts = new java.util.LinkedHashMap<>();
        base.parts().forEach(p -> parts.put(p.id(), p));
        StringBuilder hashes = new StringBuilder(base.hash());
        for (java.util.Map.Entry<String, Checklist> extension : new java.util.TreeMap<>(extensionsByPlace).entrySet()) {
            hashes.append(extension.getValue().hash());
            for (Checklist.Part part : extension.getValue().parts()) {
                Checklist.Part existing = parts.get(part.id());
                List<Checklist.Item> items = new ArrayList<>(existing == null ? List.of() : existing.items());
                items.addAll(part.items());
                parts.put(
                        part.id(),
                        new Checklist.Part(
                                part.id(), existing == null ? part.name() : existing.name(), List.copyOf(items)));
            }
        }
        String places = String.join("+", new java.util.TreeSet<>(extensionsByPlace.keySet()));
        String hash = sha256(hashes.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Checklist extended = new Checklist(
                base.id() + "+" + places,
                base.version() + "+" + hash.substring(0, 8),
                base.title(),
                List.copyOf(parts.values()),
                hash);
        validate(extended);
        return extended;
    }

    /** Every problem at once, so an editor fixes the file in one go. */
    static void validate(Checklist checklist) {
        List<String> problems = new ArrayList<>();
        if (blank(checklist.id()) || blank(checklist.version())) {
            problems.add("id and version are required");
        }
        if (checklist.parts() == null || checklist.parts().isEmpty()) {
            problems.add("no parts");
        } else {
            Set<String> ids = new HashSet<>();
            for (Checklist.Part part : checklist.parts()) {
                if (blank(part.id()) || !ids.add(part.id())) {
                    problems.add("part id missing or repeated: " + part.id());
                }
                if (part.items() == null || part.items().isEmpty()) {
                    problems.add("part " + part.id() + " has no items");
                    continue;
                }
                for (Checklist.Item item : part.items()) {
                    String where = "item " + item.id();
                    if (blank(item.id()) || !ids.add(item.id())) {
                        problems.add("item id missing or repeated: " + item.id());
                    }
                    if (blank(item.requirement())) {
                        problems.add(where + " has no requirement");
                    }
                    if (item.weight() <= 0) {
                        problems.add(where + " needs a positive weight");
                    }
                    if (item.phrases() == null
                            || item.phrases().isEmpty()
                            || item.phrases().stream().anyMatch(ChecklistLoader::blank)) {
                        problems.add(where + " needs phrases");
                    }
                    if (item.applies() == null || item.applies().isEmpty() || !LEVELS.containsAll(item.applies())) {
                        problems.add(where + " applies to " + item.applies() + "; levels are " + LEVELS);
                    }
                    if (item.specific() == null || item.specific().isEmpty() || !MARKERS.containsAll(item.specific())) {
                        problems.add(where + " specific " + item.specific() + "; markers are " + MARKERS);
                    }
                    if (item.phrases() != null && !item.phrases().containsAll(item.allOf())) {
                        problems.add(where + ": allOf must be among its phrases");
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidChecklistException(String.join("; ", problems));
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
