package io.fazhi.platform;

import io.fazhi.platform.identity.Caller;
import io.fazhi.platform.identity.PlaceAccess;
import io.fazhi.platform.problem.ProblemException;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Endpoints written the way services write theirs, to test the platform's API behaviour. */
@Path("/probe")
@Produces(MediaType.APPLICATION_JSON)
public class ProbeResource {

    @Inject
    PlaceAccess access;

    public record Item(@NotBlank String name, @Min(2000) @Max(2100) int year,
                       @Pattern(regexp = "[0-9]{9}") String townshipCode) {
    }

    @GET
    @Path("/places/{code}")
    @Authenticated
    public Caller place(@PathParam("code") String code) {
        return access.require(code);
    }

    @GET
    @Path("/admin-only")
    @RolesAllowed("admin")
    public String adminOnly() {
        return "ok";
    }

    @POST
    @Path("/items")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    public Item create(@Valid Item item) {
        return item;
    }

    @GET
    @Path("/missing")
    @PermitAll
    public String missing() {
        throw ProblemException.notFound("report r-404 does not exist");
    }

    @GET
    @Path("/boom")
    @PermitAll
    public String boom() {
        throw new IllegalStateException("password=hunter2 at db.internal:5432");
    }
}
