package io.fazhi.notification.api;

import io.fazhi.core.identity.PlaceCheck;
import io.fazhi.notification.subscription.Subscription;
import io.fazhi.notification.subscription.SubscriptionRequest;
import io.fazhi.notification.subscription.SubscriptionView;
import io.fazhi.notification.subscription.Subscriptions;
import io.fazhi.platform.api.PageOf;
import io.fazhi.platform.identity.PlaceAccess;
import io.fazhi.platform.places.Place;
import io.fazhi.platform.places.PlaceCodes;
import io.fazhi.platform.places.PlaceDirectory;
import io.fazhi.platform.problem.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Offices' subscriptions: what they are told, on which channel. */
@Path("/api/v1/subscriptions")
// Offices only, checked before anything else: a township's county office is the one notified (403).
@RolesAllowed({"county-office", "city-office", "province-office", "admin"})
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Subscriptions",
        description = "What a county (or higher) office is told, and how: webhook, e-mail or inbox")
@SecurityRequirement(name = "jwt")
public class SubscriptionResource {

    @Inject
    Subscriptions subscriptions;

    @Inject
    PlaceAccess access;

    @Inject
    PlaceDirectory places;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Subscribe an office's place to event kinds on a channel",
            description =
                    "A webhook gets a signing secret (shown once) and must answer a signed verification ping with 2xx"
                            + " before it is active. Private, loopback and link-local targets are refused.")
    @APIResponse(
            responseCode = "201",
            description = "Created; for a webhook, status says whether the ping verified it",
            content = @Content(schema = @Schema(implementation = SubscriptionView.class)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid, or a refused target",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(
            responseCode = "403",
            description = "A township, or a place outside the caller's",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @PlaceCheck("an office subscribes its own place or one under it; a township none (Subscriptions.create)")
    public Response create(@Valid @NotNull SubscriptionRequest request) {
        Subscriptions.Created created = subscriptions.create(request, access.caller());
        return io.fazhi.platform.api.Created.at(
                "/api/v1/subscriptions/" + created.subscription().id, view(created.subscription(), created.secret()));
    }

    @GET
    @Operation(
            summary = "List subscriptions under a place code",
            description = "The caller's own place when none is given.")
    @PlaceCheck(
            "a place given is required to be the caller's or under it; otherwise the caller's scope (Subscriptions.list)")
    public PageOf<SubscriptionView> list(
            @QueryParam("place") @Pattern(regexp = PlaceCodes.OFFICE, message = PlaceCodes.OFFICE_MESSAGE) String place,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(PageOf.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        PageOf<Subscription> found = subscriptions.list(place, access.caller(), page, size);
        return found.map(s -> view(s, null));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a subscription")
    @APIResponse(
            responseCode = "404",
            description = "None, or another place's",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @PlaceCheck("the subscription's place against the caller's (Subscriptions.find); else 404")
    public SubscriptionView get(@PathParam("id") UUID id) {
        return view(subscriptions.find(id, access.caller()), null);
    }

    @POST
    @Path("/{id}/verify")
    @Operation(summary = "Send the signed verification ping again", description = "A 2xx answer activates the webhook.")
    @PlaceCheck(
            "the subscription's place against the caller's, inside the service call (Subscriptions.verify); else 404")
    public SubscriptionView verify(@PathParam("id") UUID id) {
        return view(subscriptions.verify(id, access.caller()), null);
    }

    @POST
    @Path("/{id}/rotate-secret")
    @Operation(
            summary = "Rotate a webhook's signing secret",
            description = "The new secret is shown once; the old one keeps signing alongside it for a day.")
    @APIResponse(
            responseCode = "409",
            description = "Not a webhook",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @PlaceCheck(
            "the subscription's place against the caller's, inside the service call (Subscriptions.rotateSecret); else 404")
    public Map<String, String> rotateSecret(@PathParam("id") UUID id) {
        return Map.of("secret", subscriptions.rotateSecret(id, access.caller()));
    }

    @POST
    @Path("/{id}/pause")
    @Operation(summary = "Pause a subscription", description = "Its notifications wait and are sent when it resumes.")
    @PlaceCheck(
            "the subscription's place against the caller's, inside the service call (Subscriptions.pause); else 404")
    public SubscriptionView pause(@PathParam("id") UUID id) {
        return view(subscriptions.pause(id, access.caller()), null);
    }

    @POST
    @Path("/{id}/resume")
    @Operation(summary = "Resume a subscription", description = "A webhook must answer the verification ping again.")
    @PlaceCheck(
            "the subscription's place against the caller's, inside the service call (Subscriptions.resume); else 404")
    public SubscriptionView resume(@PathParam("id") UUID id) {
        return view(subscriptions.resume(id, access.caller()), null);
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Unsubscribe", description = "Deliveries go with it; inbox items stay.")
    @APIResponse(responseCode = "204", description = "Removed")
    @PlaceCheck(
            "the subscription's place against the caller's, inside the service call (Subscriptions.delete); else 404")
    public void delete(@PathParam("id") UUID id) {
        subscriptions.delete(id, access.caller());
    }

    private SubscriptionView view(Subscription subscription, String secret) {
        return SubscriptionView.of(
                subscription, places.byCode(subscription.place).map(Place::name).orElse(null), secret);
    }
}
