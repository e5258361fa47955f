package io.fazhi.metrics.api;

import io.fazhi.core.identity.PlaceCheck;
import io.fazhi.metrics.checklist.Checklist;
import io.fazhi.metrics.checklist.ChecklistRegistry;
import io.fazhi.platform.identity.PlaceAccess;
import io.fazhi.platform.places.PlaceCodes;
import io.fazhi.platform.problem.ProblemException;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The checklists reports are scored against: the default one for the 2021–2025 plan, and the local
 * extensions of provinces, cities and counties (their own plan items), which administrators manage.
 * Reading is the same for every caller: no place check.
 */
@Path("/api/v1/checklists")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Checklists", description = "What a report is checked against, item by item")
@SecurityRequirement(name = "jwt")
public class ChecklistResource {

    private static final String PLACE = PlaceCodes.OFFICE;

    @Inject
    io.fazhi.platform.places.PlaceDirectory places;

    @Inject
    ChecklistRegistry checklists;

    @Inject
    PlaceAccess access;

    /** @param place null for the default checklist; the code of the place a local extension applies under */
    public record ChecklistSummary(
            String id, String version, String title, String hash, int parts, int items, String place) {
        static ChecklistSummary of(Checklist c, String place) {
            return new ChecklistSummary(
                    c.id(),
                    c.version(),
                    c.title(),
                    c.hash(),
                    c.parts().size(),
                    c.parts().stream().mapToInt(p -> p.items().size()).sum(),
                    place);
        }
    }

    @GET
    @Transactional
    @Operation(summary = "The default checklist and the local extensions")
    @PlaceCheck("none: the checklists are the same published rules for every caller")
    public List<ChecklistSummary> list() {
        List<ChecklistSummary> all = new ArrayList<>();
        all.add(ChecklistSummary.of(checklists.base(), null));
        checklists.extensions().forEach((place, extension) -> all.add(ChecklistSummary.of(extension, place)));
        return all;
    }

    @GET
    @Path("/{id}")
    @Operation(
            summary =
                    "A checklist with every part and item: requirement, phrases, what makes evidence specific, weight")
    @PlaceCheck("none: the checklists are the same published rules for every caller")
    public Checklist get(@PathParam("id") String id) {
        if (!checklists.base().id().equals(id)) {
            throw ProblemException.notFound("no checklist " + id);
        }
        return checklists.base();
    }

    @GET
    @Path("/extensions/{place}")
    @Transactional
    @Operation(summary = "A place's local extension")
    @PlaceCheck("none: a place's extension is published as its checklist is")
    public Checklist extension(
            @PathParam("place") @Pattern(regexp = PLACE, message = PlaceCodes.OFFICE_MESSAGE) String place) {
        Checklist extension = checklists.extensions().get(place);
        if (extension == null) {
            throw ProblemException.notFound("place " + place + " has no checklist extension");
        }
        return extension;
    }

    @PUT
    @Path("/extensions/{place}")
    @Consumes({"application/yaml", "text/yaml", MediaType.TEXT_PLAIN})
    @RolesAllowed("admin")
    @Operation(
            summary = "Admin: add or replace a place's own checklist items",
            description =
                    "YAML in the default checklist's format; items join the part of the same id. Applies to reports "
                            + "of townships under the place from their next assessment (or POST /api/v1/assessments/reassess).")
    @PlaceCheck("admin only (@RolesAllowed)")
    public ChecklistSummary putExtension(
            @PathParam("place") @Pattern(regexp = PLACE, message = PlaceCodes.OFFICE_MESSAGE) String place,
            @NotBlank @Size(max = 200_000) String yaml) {
        places.existing(place, "place");
        return ChecklistSummary.of(
                checklists.putExtension(place, yaml, access.caller().subject()), place);
    }

    @DELETE
    @Path("/extensions/{place}")
    @RolesAllowed("admin")
    @Operation(summary = "Admin: remove a place's checklist extension")
    @PlaceCheck("admin only (@RolesAllowed)")
    public void removeExtension(@PathParam("place") @Pattern(regexp = PLACE) String place) {
        if (!checklists.removeExtension(place)) {
            throw ProblemException.notFound("place " + place + " has no checklist extension");
        }
    }
}
