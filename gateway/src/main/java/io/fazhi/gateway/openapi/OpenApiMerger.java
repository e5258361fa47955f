package io.fazhi.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * One OpenAPI document from the services' own: their paths (disjoint by design), their tags, and
 * their component schemas — a schema two services name alike but define differently is renamed
 * after its service, references included — under the gateway's server and bearer security scheme.
 */
public final class OpenApiMerger {

    private static final ObjectMapper JSON = new ObjectMapper();

    private OpenApiMerger() {}

    /** @param documents each service's document, by service name, in route order */
    public static ObjectNode merge(Map<String, JsonNode> documents, String title, String version, Set<String> missing) {
        ObjectNode merged = JSON.createObjectNode();
        merged.put("openapi", "3.1.0");
        ObjectNode info = merged.putObject("info");
        info.put("title", title);
        info.put("version", version);
        info.put(
                "description",
                "One API for township rule-of-law annual reports (法治政府建设年度报告): submit and read reports,"
                        + " their assessments against the 2021–2025 plan, roll-ups for dashboards, and notifications to county offices."
                        + " Every call needs a bearer JWT with `groups` and `place` claims.");
        info.putObject("license").put("name", "Apache-2.0").put("identifier", "Apache-2.0");
        merged.putArray("servers").addObject().put("url", "/").put("description", "this gateway");
        merged.putArray("security").addObject().putArray("jwt");
        ArrayNode tags = merged.putArray("tags");
        ObjectNode paths = merged.putObject("paths");
        ObjectNode components = merged.putObject("components");
        ObjectNode schemas = components.putObject("schemas");
        components
                .putObject("securitySchemes")
                .putObject("jwt")
                .put("type", "http")
                .put("scheme", "bearer")
                .put("bearerFormat", "JWT")
                .put(
                        "description",
                        "Bearer JWT with groups (township, county-office, city-office, province-office, admin) and place claims");
        Set<String> tagNames = new LinkedHashSet<>();

        documents.forEach((service, document) -> {
            Map<String, String> renames = new LinkedHashMap<>();
            JsonNode serviceSchemas = document.path("components").path("schemas");
            for (Iterator<Map.Entry<String, JsonNode>> it = serviceSchemas.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> schema = it.next();
                JsonNode existing = schemas.get(schema.getKey());
                if (existing != null && !existing.equals(schema.getValue())) {
                    renames.put(schema.getKey(), prefix(service) + schema.getKey());
                }
            }
            JsonNode renamed = rewriteRefs(document.deepCopy(), renames);
            for (Iterator<Map.Entry<String, JsonNode>> it =
                            renamed.path("components").path("schemas").fields();
                    it.hasNext(); ) {
                Map.Entry<String, JsonNode> schema = it.next();
                schemas.set(renames.getOrDefault(schema.getKey(), schema.getKey()), schema.getValue());
            }
            renamed.path("paths").fields().forEachRemaining(path -> paths.set(path.getKey(), path.getValue()));
            for (JsonNode tag : renamed.path("tags")) {
                if (tagNames.add(tag.path("name").asText())) {
                    tags.add(tag);
                }
            }
        });
        if (!missing.isEmpty()) {
            ArrayNode unavailable = merged.putArray("x-fazhi-unavailable");
            missing.forEach(unavailable::add);
        }
        return merged;
    }

    private static String prefix(String service) {
        StringBuilder prefix = new StringBuilder();
        for (String part : service.replace("-service", "").split("-")) {
            prefix.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return prefix.toString();
    }

    private static JsonNode rewriteRefs(JsonNode node, Map<String, String> renames) {
        if (renames.isEmpty()) {
            return node;
        }
        if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (field.getKey().equals("$ref") && field.getValue().isTextual()) {
                    String ref = field.getValue().asText();
                    String name = ref.substring(ref.lastIndexOf('/') + 1);
                    if (ref.startsWith("#/components/schemas/") && renames.containsKey(name)) {
                        field.setValue(TextNode.valueOf("#/components/schemas/" + renames.get(name)));
                    }
                } else {
                    rewriteRefs(field.getValue(), renames);
                }
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(element -> rewriteRefs(element, renames));
        }
        return node;
    }
}
