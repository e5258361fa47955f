package io.fazhi.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fazhi.gateway.route.Upstreams;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.ext.web.client.WebClient;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The services' OpenAPI documents, fetched from {@code /q/openapi} and kept for
 * {@code fazhi.openapi.refresh}: a restarted service's new document shows within that time. A
 * service that cannot be reached keeps its last document; one never fetched is listed under
 * {@code x-fazhi-unavailable}.
 */
@ApplicationScoped
public class ServiceDocuments {

    private static final ObjectMapper JSON = new ObjectMapper();

    private record Fetched(JsonNode document, Instant at) {}

    @Inject
    Vertx vertx;

    @Inject
    Upstreams upstreams;

    @Inject
    OpenApiConfig config;

    @ConfigProperty(name = "quarkus.smallrye-openapi.info-title")
    String title;

    @ConfigProperty(name = "quarkus.smallrye-openapi.info-version")
    String version;

    private final Map<String, Fetched> cache = new ConcurrentHashMap<>();
    private WebClient client;

    @PostConstruct
    void init() {
        client = WebClient.create(vertx);
    }

    public Uni<ObjectNode> merged() {
        List<Uni<Void>> fetches = new ArrayList<>();
        upstreams.all().forEach((service, uri) -> {
            Fetched known = cache.get(service);
            if (known == null || known.at().plus(config.refresh()).isBefore(Instant.now())) {
                fetches.add(fetch(service, uri));
            }
        });
        Uni<Void> fresh = fetches.isEmpty()
                ? Uni.createFrom().voidItem()
                : Uni.join()
                        .all(fetches)
                        .andCollectFailures()
                        .replaceWithVoid()
                        .onFailure()
                        .recoverWithNull();
        return fresh.map(done -> {
            Map<String, JsonNode> documents = new LinkedHashMap<>();
            Set<String> missing = new LinkedHashSet<>();
            upstreams.all().keySet().forEach(service -> {
                Fetched fetched = cache.get(service);
                if (fetched == null) {
                    missing.add(service);
                } else {
                    documents.put(service, fetched.document());
                }
            });
            return OpenApiMerger.merge(documents, title, version, missing);
        });
    }

    private Uni<Void> fetch(String service, URI uri) {
        return client.getAbs(uri + "/q/openapi?format=json")
                .timeout(5_000)
                .send()
                .map(response -> {
                    if (response.statusCode() == 200) {
                        try {
                            cache.put(service, new Fetched(JSON.readTree(response.bodyAsString()), Instant.now()));
                        } catch (IOException e) {
                            throw new IllegalStateException(service + " served an unreadable OpenAPI document", e);
                        }
                    }
                    return (Void) null;
                })
                .onFailure()
                .recoverWithNull();
    }
}
