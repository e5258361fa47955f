package io.fazhi.report.api;

import io.fazhi.core.identity.PlaceCheck;
import io.fazhi.platform.places.Place;
import io.fazhi.platform.places.PlaceCodes;
import io.fazhi.platform.places.PlaceDirectory;
import io.fazhi.platform.problem.ProblemException;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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

/**
 * The official places and codes. They are public reference data, the same for every caller, so
 * reading them needs a valid token but no place check.
 */
@Path("/api/v1/divisions")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Divisions", description = "Provinces, cities, counties and townships with their codes")
@SecurityRequirement(name = "jwt")
public class DivisionResource {

    @Inject
    PlaceDirectory places;

    /** A place with the path from its province down. */
    public record DivisionView(String code, String name, String level, String path, List<PlaceView> ancestors) {}

    /** A place and the places one level below it. */
    public record DivisionDetail(DivisionView place, List<PlaceView> children) {}

    @GET
    @Operation(
            summary = "Every place with this exact name",
            description = "Names repeat: 南阳镇 is the name of nine townships.")
    @PlaceCheck("none: the official places and codes are public reference data, the same for every caller")
    public List<DivisionView> byName(@QueryParam("name") @NotBlank @Size(max = 50) String name) {
        return places.byName(name.strip()).stream().map(this::view).toList();
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "A place by its 2-, 4-, 6- or 9-digit code, with its children")
    @PlaceCheck("none: the official places and codes are public reference data, the same for every caller")
    public DivisionDetail byCode(
            @PathParam("code") @Pattern(regexp = PlaceCodes.ANY, message = PlaceCodes.ANY_MESSAGE) String code) {
        Place place = places.byCode(code).orElseThrow(() -> ProblemException.notFound("no place has the code " + code));
        return new DivisionDetail(
                view(place), places.children(code).stream().map(PlaceView::of).toList());
    }

    private DivisionView view(Place place) {
        List<Place> path = places.path(place.code());
        return new DivisionView(
                place.code(),
                place.name(),
                place.level().name().toLowerCase(),
                String.join(" ", path.stream().map(Place::name).toList()),
                path.subList(0, path.size() - 1).stream().map(PlaceView::of).toList());
    }
}
