package io.fazhi.notification.api;

import io.fazhi.core.identity.PlaceCheck;
import io.fazhi.notification.inbox.InboxFeed;
import io.fazhi.notification.inbox.InboxQuery;
import io.fazhi.notification.inbox.InboxStore;
import io.fazhi.notification.inbox.InboxView;
import io.fazhi.platform.api.PageOf;
import io.fazhi.platform.identity.Caller;
import io.fazhi.platform.identity.PlaceAccess;
import io.fazhi.platform.places.PlaceCodes;
import io.fazhi.platform.problem.Problem;
import io.fazhi.platform.problem.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What offices have been told: a list to page through and mark read, and a live stream. */
@Path("/api/v1/inbox")
// Offices only, checked before anything else: a township's county office is the one notified (403).
@RolesAllowed({"county-office", "city-office", "province-office", "admin"})
@Tag(name = "Inbox", description = "Notifications stored per office, and their live stream")
@SecurityRequirement(name = "jwt")
public class InboxResource {

    private static final String PLACE = PlaceCodes.OFFICE;

    @Inject
    PlaceAccess access;

    @Inject
    InboxFeed feed;

    @Inject
    InboxStore inbox;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "List inbox items, newest first",
            description = "Under a place code: the caller's own when none is given.")
    @PlaceCheck("a place given is required to be the caller's or under it; otherwise the caller's scope (prefix)")
    public PageOf<InboxView> list(
            @QueryParam("place") @Pattern(regexp = PLACE, message = PlaceCodes.OFFICE_MESSAGE) String place,
            @QueryParam("unread") @Pattern(regexp = "true|false", message = "must be true or false") String unread,
            @QueryParam("kind") @Pattern(regexp = "[a-z.*-]{1,40}", message = "must be an event type or alert kind")
                    String kind,
            @QueryParam("severity")
                    @Pattern(regexp = "info|warning|critical", message = "must be info, warning or critical")
                    String severity,
            @QueryParam("year") @Min(2000) @Max(2100) Integer year,
            @QueryParam("township") @Pattern(regexp = PlaceCodes.TOWNSHIP, message = PlaceCodes.TOWNSHIP_MESSAGE)
                    String township,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(PageOf.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        InboxQuery query = new InboxQuery(
                prefix(place), unread == null ? null : Boolean.valueOf(unread), kind, severity, year, township);
        return inbox.list(query, page, size).map(InboxView::of);
    }

    @POST
    @Path("/{id}/read")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Mark an inbox item read")
    @APIResponse(
            responseCode = "404",
            description = "None, or another place's",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @PlaceCheck("the item's place against the caller's (PlaceAccess.allows); else 404")
    public InboxView markRead(@PathParam("id") @Min(1) long id) {
        Caller caller = access.caller();
        return inbox.markRead(id, place -> PlaceAccess.allows(caller, place))
                .map(InboxView::of)
                .orElseThrow(() -> ProblemException.notFound("no inbox item " + id));
    }

    @GET
    @Path("/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(
            summary = "Live inbox (Server-Sent Events)",
            description =
                    "Each new item as a `notification` event whose id resumes the stream: reconnect with Last-Event-ID.")
    @PlaceCheck("a place given is required to be the caller's or under it; otherwise the caller's scope (prefix)")
    public void stream(
            @QueryParam("place") @Pattern(regexp = PLACE, message = PlaceCodes.OFFICE_MESSAGE) String place,
            @HeaderParam("Last-Event-ID") @Pattern(regexp = "[0-9]{1,18}", message = "must be an event id")
                    String lastEventId,
            @Context SseEventSink sink,
            @Context Sse sse) {
        feed.open(
                access.caller().subject(),
                prefix(place),
                lastEventId == null ? null : Long.parseLong(lastEventId),
                sink,
                sse);
    }

    private String prefix(String place) {
        if (place == null) {
            return access.caller().scope();
        }
        access.require(place);
        return place;
    }
}
