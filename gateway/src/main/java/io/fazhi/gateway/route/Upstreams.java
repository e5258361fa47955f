package io.fazhi.gateway.route;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** The services' addresses, from {@code fazhi.upstream.<service>} ({@link UpstreamConfig}). */
@ApplicationScoped
public class Upstreams {

    @Inject
    UpstreamConfig config;

    private final Map<String, URI> byService = new LinkedHashMap<>();
    private URI console;

    @PostConstruct
    void init() {
        Arrays.stream(GatewayRoute.values())
                .map(GatewayRoute::service)
                .distinct()
                .forEach(service -> byService.put(service, required(config, service)));
        console = required(config, "console");
    }

    /** The console's address (CONSOLE_URL): every path that is not the API, the docs or health is a page. */
    public URI console() {
        return console;
    }

    private static URI required(UpstreamConfig config, String name) {
        URI uri = config.byName().get(name);
        if (uri == null) {
            throw new IllegalStateException("fazhi.upstream." + name + " is not set: where is " + name + "?");
        }
        String url = uri.toString();
        return url.endsWith("/") ? URI.create(url.substring(0, url.length() - 1)) : uri;
    }

    public URI of(String service) {
        return byService.get(service);
    }

    /** Every service, in route order. */
    public Map<String, URI> all() {
        return byService;
    }

    public static int port(URI uri) {
        return uri.getPort() > 0 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
    }
}
