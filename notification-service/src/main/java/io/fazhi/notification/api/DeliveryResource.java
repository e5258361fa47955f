package io.fazhi.notification.api;

import io.fazhi.core.identity.PlaceCheck;
import io.fazhi.notification.deliver.Deliveries;
import io.fazhi.notification.deliver.DeliveryView;
import io.fazhi.platform.api.PageOf;
import io.fazhi.platform.identity.PlaceAccess;
import io.fazhi.platform.problem.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Every webhook and e-mail delivery with its attempts; dead ones can be replayed. */
@Path("/api/v1/deliveries")
// Offices only, checked before anything else: a township's county office is the one notified (403).
@RolesAllowed({"county-office", "city-office", "province-office", "admin"})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Deliveries", description = "Webhook and e-mail deliveries, their attempts, and replay")
@SecurityRequirement(name = "jwt")
public class DeliveryResource {

    @Inject
    PlaceAccess access;

    @Inject
    Deliveries deliveries;

    @GET
    @Operation(
            summary = "List deliveries, newest first",
            description = "Of one subscription, or of every subscription the caller may see.")
    @PlaceCheck(
            "a subscription given must be one the caller may see (Deliveries.list, else 404); otherwise the caller's scope")
    public PageOf<DeliveryView> list(
            @QueryParam("subscription") UUID subscription,
            @QueryParam("status")
                    @Pattern(regexp = "pending|delivered|dead", message = "must be pending, delivered or dead")
                    String status,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(PageOf.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        return deliveries
                .list(subscription, status, access.caller(), page, size)
                .map(d -> DeliveryView.of(d, null));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a delivery with every attempt")
    @APIResponse(
            responseCode = "404",
            description = "None, or another place's",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @PlaceCheck("its subscription's place against the caller's (Deliveries.find); else 404")
    public DeliveryView get(@PathParam("id") UUID id) {
        return DeliveryView.of(deliveries.find(id, access.caller()), deliveries.attempts(id));
    }

    @POST
    @Path("/{id}/replay")
    @Operation(
            summary = "Replay a dead delivery",
            description = "Sent again with a fresh attempt budget and the same webhook-id.")
    @APIResponse(responseCode = "409", description = "Not dead", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @PlaceCheck("its subscription's place against the caller's (Deliveries.replay); else 404")
    public DeliveryView replay(@PathParam("id") UUID id) {
        return DeliveryView.of(deliveries.replay(id, access.caller()), null);
    }
}
