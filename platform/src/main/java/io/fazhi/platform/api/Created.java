package io.fazhi.platform.api;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * A 201 whose Location is the path of the new resource, relative to the host the client called:
 * behind the gateway, an absolute URL built from the service's own request would name the internal
 * service (http://localhost:8081/…), which a client cannot reach.
 */
public final class Created {

    private Created() {}

    /** @param path the new resource's path from the root, /api/v1/… */
    public static Response at(String path, Object entity) {
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("a Location path starts at the root: " + path);
        }
        return Response.status(Response.Status.CREATED)
                .header(HttpHeaders.LOCATION, path)
                .entity(entity)
                .build();
    }
}
