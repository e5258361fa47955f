package io.fazhi.console.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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

    /** The same roll-up as a table for a spreadsheet (metrics-service writes the CSV). */
    @GET
    @Path("/rollups/{place}")
    @Produces("text/csv")
    String rollupCsv(@HeaderParam("Authorization") String bearer, @PathParam("place") String place, @QueryParam("year") int year);

    /** The current versions under a place: a township's own reports. */
    @GET
    @Path("/reports")
    ReportList reports(@HeaderParam("Authorization") String bearer, @QueryParam("place") String place, @QueryParam("size") int size);

    @GET
    @Path("/reports/{id}")
    ReportDoc report(@HeaderParam("Authorization") String bearer, @PathParam("id") String id);

    /** The text as the parser read it: what section and evidence offsets index into. */
    @GET
    @Path("/reports/{id}/versions/{version}/text")
    @Produces("text/plain")
    String text(@HeaderParam("Authorization") String bearer, @PathParam("id") String id, @PathParam("version") int version);

    @GET
    @Path("/assessments/{id}")
    AssessmentDoc assessment(@HeaderParam("Authorization") String bearer, @PathParam("id") String id);

    @GET
    @Path("/checklists/{id}")
    ChecklistDoc checklist(@HeaderParam("Authorization") String bearer, @PathParam("id") String id);
}
