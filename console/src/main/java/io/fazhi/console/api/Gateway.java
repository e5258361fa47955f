package io.fazhi.console.api;

import io.smallrye.mutiny.Multi;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.client.SseEvent;
import org.jboss.resteasy.reactive.client.api.ClientMultipartForm;

/**
 * The suite's API as the console reads it: through the gateway, with the signed-in user's own
 * token, so every place check stays in the service that owns the data.
 */
@RegisterRestClient(configKey = "gateway")
@Path("/api/v1")
public interface Gateway {

    @GET
    @Path("/rollups/{place}")
    Rollup rollup(
            @HeaderParam("Authorization") String bearer,
            @PathParam("place") String place,
            @QueryParam("year") int year);

    /** The same roll-up as a table for a spreadsheet (metrics-service writes the CSV). */
    @GET
    @Path("/rollups/{place}")
    @Produces("text/csv")
    String rollupCsv(
            @HeaderParam("Authorization") String bearer,
            @PathParam("place") String place,
            @QueryParam("year") int year);

    /** The current versions under a place: a township's own reports. */
    @GET
    @Path("/reports")
    ReportList reports(
            @HeaderParam("Authorization") String bearer,
            @QueryParam("place") String place,
            @QueryParam("size") int size);

    @GET
    @Path("/reports/{id}")
    ReportDoc report(@HeaderParam("Authorization") String bearer, @PathParam("id") String id);

    /** The text as the parser read it: what section and evidence offsets index into. */
    @GET
    @Path("/reports/{id}/versions/{version}/text")
    @Produces("text/plain")
    String text(
            @HeaderParam("Authorization") String bearer, @PathParam("id") String id, @PathParam("version") int version);

    @GET
    @Path("/assessments/{id}")
    AssessmentDoc assessment(@HeaderParam("Authorization") String bearer, @PathParam("id") String id);

    /** The assessment, or null while metrics-service has not assessed the report yet (its 404). */
    default AssessmentDoc assessmentIfAny(String bearer, String id) {
        try {
            return assessment(bearer, id);
        } catch (jakarta.ws.rs.WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                return null;
            }
            throw e;
        }
    }

    @GET
    @Path("/checklists/{id}")
    ChecklistDoc checklist(@HeaderParam("Authorization") String bearer, @PathParam("id") String id);

    /** Every version of a report, oldest first. */
    @GET
    @Path("/reports/{id}/versions")
    List<ReportDoc> versions(@HeaderParam("Authorization") String bearer, @PathParam("id") String id);

    /** The exact bytes submitted, with their media type and file name. */
    @GET
    @Path("/reports/{id}/versions/{version}/original")
    @Produces(MediaType.WILDCARD)
    Response original(
            @HeaderParam("Authorization") String bearer, @PathParam("id") String id, @PathParam("version") int version);

    /** A township's file (.docx, .pdf, .txt), streamed from where the console received it. */
    @POST
    @Path("/reports")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    ReportDoc submitFile(
            @HeaderParam("Authorization") String bearer,
            @HeaderParam("Idempotency-Key") String key,
            ClientMultipartForm form);

    /** Pasted text. */
    @POST
    @Path("/reports")
    @Consumes(MediaType.APPLICATION_JSON)
    ReportDoc submitText(
            @HeaderParam("Authorization") String bearer,
            @HeaderParam("Idempotency-Key") String key,
            Map<String, Object> report);

    /** The caller's inbox, newest first; null filters are left out. */
    @GET
    @Path("/inbox")
    InboxDoc.Page inbox(
            @HeaderParam("Authorization") String bearer,
            @QueryParam("kind") String kind,
            @QueryParam("township") String township,
            @QueryParam("unread") Boolean unread,
            @QueryParam("size") int size);

    @POST
    @Path("/inbox/{id}/read")
    InboxDoc markRead(@HeaderParam("Authorization") String bearer, @PathParam("id") long id);

    /** New inbox items as they are stored (Server-Sent Events, one {@code notification} event each). */
    @GET
    @Path("/inbox/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    Multi<SseEvent<String>> inboxStream(
            @HeaderParam("Authorization") String bearer, @HeaderParam("Last-Event-ID") String lastEventId);

    @GET
    @Path("/subscriptions")
    SubscriptionDoc.Page subscriptions(@HeaderParam("Authorization") String bearer, @QueryParam("size") int size);

    @POST
    @Path("/subscriptions")
    @Consumes(MediaType.APPLICATION_JSON)
    SubscriptionDoc subscribe(@HeaderParam("Authorization") String bearer, SubscriptionDoc.Request request);

    /** verify, pause or resume. */
    @POST
    @Path("/subscriptions/{id}/{action}")
    SubscriptionDoc act(
            @HeaderParam("Authorization") String bearer,
            @PathParam("id") String id,
            @PathParam("action") String action);

    /** A new signing secret, shown once. */
    @POST
    @Path("/subscriptions/{id}/rotate-secret")
    Map<String, String> rotateSecret(@HeaderParam("Authorization") String bearer, @PathParam("id") String id);

    @DELETE
    @Path("/subscriptions/{id}")
    void unsubscribe(@HeaderParam("Authorization") String bearer, @PathParam("id") String id);

    @GET
    @Path("/deliveries")
    DeliveryDoc.Page deliveries(
            @HeaderParam("Authorization") String bearer,
            @QueryParam("subscription") String subscription,
            @QueryParam("size") int size);

    @POST
    @Path("/deliveries/{id}/replay")
    DeliveryDoc replay(@HeaderParam("Authorization") String bearer, @PathParam("id") String id);
}
