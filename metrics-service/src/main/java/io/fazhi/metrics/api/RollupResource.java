package io.fazhi.metrics.api;

import io.fazhi.core.identity.PlaceCheck;
import io.fazhi.core.problem.ProblemType;
import io.fazhi.metrics.rollup.Rollup;
import io.fazhi.metrics.rollup.Rollups;
import io.fazhi.platform.identity.Caller;
import io.fazhi.platform.identity.PlaceAccess;
import io.fazhi.platform.places.PlaceCodes;
import io.fazhi.platform.problem.ProblemException;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Roll-ups for dashboards: a county's townships, a city's, province's or the nation's children. */
@Path("/api/v1/rollups")
@Authenticated
@Tag(name = "Roll-ups", description = "Who has submitted, who is late, score distributions, weakest parts")
@SecurityRequirement(name = "jwt")
public class RollupResource {

    private static final String PLACE = PlaceCodes.ANY_OR_NATION;

    @Inject
    Rollups rollups;

    @Inject
    PlaceAccess access;

    @GET
    @Path("/{place}")
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @Transactional
    @Operation(
            summary = "A place's roll-up for a year",
            description =
                    "County or township: every township, submitted or not. City, province or CN (the nation): per child place.")
    @PlaceCheck("the place is required to be the caller's or under it; CN for admin only (RollupResource.check)")
    public Rollup rollup(
            @PathParam("place") @Pattern(regexp = PLACE, message = "must be CN or a 2-, 4-, 6- or 9-digit place code")
                    String place,
            @QueryParam("year") @NotNull @Min(2000) @Max(2100) Integer year) {
        check(place);
        return rollups.of(place, year);
    }

    @GET
    @Path("/{place}/trend")
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @Transactional
    @Operation(summary = "A place's submissions, lateness and mean score year by year")
    @PlaceCheck("the place is required to be the caller's or under it; CN for admin only (RollupResource.check)")
    public List<Rollup.TrendPoint> trend(
            @PathParam("place") @Pattern(regexp = PLACE, message = "must be CN or a place code") String place,
            @QueryParam("from") @NotNull @Min(2000) @Max(2100) Integer from,
            @QueryParam("to") @NotNull @Min(2000) @Max(2100) Integer to) {
        if (to < from || to - from > 30) {
            throw ProblemException.invalid("to", "must be from `from` to 30 years after it");
        }
        check(place);
        return rollups.trend(place, from, to);
    }

    private void check(String place) {
        if (Rollups.NATION.equals(place)) {
            Caller caller = access.caller();
            if (!caller.isAdmin()) {
                throw new ProblemException(ProblemType.PLACE_FORBIDDEN, "the national roll-up is for administrators");
            }
        } else {
            access.require(place);
        }
    }
}
