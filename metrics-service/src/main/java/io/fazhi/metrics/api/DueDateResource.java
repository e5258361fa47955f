package io.fazhi.metrics.api;

import io.fazhi.core.identity.PlaceCheck;
import io.fazhi.metrics.deadline.DueDates;
import io.fazhi.platform.identity.PlaceAccess;
import io.fazhi.platform.places.PlaceCodes;
import io.fazhi.platform.problem.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Due dates per province, city or county, set by administrators. */
@Path("/api/v1/assessments/due-dates")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Due dates", description = "When townships' reports are due, per place")
@SecurityRequirement(name = "jwt")
public class DueDateResource {

    @Inject
    io.fazhi.platform.places.PlaceDirectory places;

    @Inject
    DueDates dueDates;

    @Inject
    PlaceAccess access;

    public record DueDay(
            @NotNull @Pattern(regexp = "--\\d{2}-\\d{2}", message = "must be --MM-DD, e.g. --03-01")
            String day) {}

    @GET
    @RolesAllowed({"admin", "province-office", "city-office", "county-office", "township"})
    @Operation(summary = "Places with their own due date (the rest use the national default)")
    @PlaceCheck("none: the due dates are published for every caller")
    public Map<String, String> list() {
        Map<String, String> all = new TreeMap<>();
        dueDates.all().forEach((place, day) -> all.put(place, day.toString()));
        return all;
    }

    @PUT
    @Path("/{place}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("admin")
    @Operation(summary = "Set the due day of a province, city or county (in the year after the reporting year)")
    @PlaceCheck("admin only (@RolesAllowed)")
    public Map<String, String> set(
            @PathParam("place") @Pattern(regexp = PlaceCodes.OFFICE, message = "must be a 2-, 4- or 6-digit place code")
                    String place,
            @Valid @NotNull DueDay body) {
        places.existing(place, "place");
        MonthDay day;
        try {
            day = MonthDay.parse(body.day());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid("day", "not a day of the year: " + body.day());
        }
        dueDates.set(place, day, access.caller().subject());
        return Map.of(place, day.toString());
    }

    @DELETE
    @Path("/{place}")
    @RolesAllowed("admin")
    @Operation(summary = "Remove a place's own due date")
    @PlaceCheck("admin only (@RolesAllowed)")
    public void clear(@PathParam("place") @Pattern(regexp = PlaceCodes.OFFICE) String place) {
        if (!dueDates.clear(place)) {
            throw ProblemException.notFound("place " + place + " has no due date of its own");
        }
    }
}
