package io.fazhi.console.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The suite's API as the console reads it: through the gateway, with the signed-in user's own
 * token, so every place check stays in the service that owns the data.
 */
@RegisterRestClient(configKey = "gateway")
@Path("/api/v1")
public interface Gateway {

    @GET
    @Path("/rollups/{place}")
    Rollup rollup(@HeaderParam("Authorization") String bearer, @PathParam("place") String place, @QueryParam("year") int year);
}
