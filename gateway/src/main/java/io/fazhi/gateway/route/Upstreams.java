package io.fazhi.gateway.route;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;

/** The services' addresses, from {@code fazhi.upstream.<service>}. */
@ApplicationScoped
public class Upstreams {

    private final Map<String, URI> byService = new LinkedHashMap<>();

    public Upstreams() {
        Arrays.stream(GatewayRoute.values())
                .map(GatewayRoute::service)
                .distinct()
                .forEach(service -> {
                    String url = ConfigProvider.getConfig().getValue("fazhi.upstream." + service, String.class);
                    byService.put(service, URI.create(url.endsWith("/") ? url.substring(0, url.length() - 1) : url));
                });
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
