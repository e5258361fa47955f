package io.fazhi.metrics.api;

import io.fazhi.metrics.checklist.Checklist;
import io.fazhi.metrics.score.Assessor;
import io.fazhi.platform.problem.ProblemException;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The checklists reports are scored against. The same for every caller: no place check. */
@Path("/api/v1/checklists")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Checklists", description = "What a report is checked against, item by item")
@SecurityRequirement(name = "jwt")
public class ChecklistResource {

    @Inject
    Assessor assessor;

    public record ChecklistSummary(String id, String version, String title, String hash, int parts, int items) {
    }

    @GET
    @Operation(summary = "The checklists in use")
    public List<ChecklistSummary> list() {
        Checklist c = assessor.checklist();
        return List.of(new ChecklistSummary(c.id(), c.version(), c.title(), c.hash(), c.parts().size(),
                c.parts().stream().mapToInt(p -> p.items().size()).sum()));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A checklist with every part and item: requirement, phrases, what makes evidence specific, weight")
    public Checklist get(@PathParam("id") String id) {
        Checklist c = assessor.checklist();
        if (!c.id().equals(id)) {
            throw ProblemException.notFound("no checklist " + id);
        }
        return c;
    }
}
