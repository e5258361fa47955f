package io.fazhi.metrics.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.fazhi.core.identity.PlaceCheck;
import io.fazhi.metrics.assess.AssessmentService;
import io.fazhi.metrics.store.AssessmentRecord;
import io.fazhi.platform.api.PageOf;
import io.fazhi.platform.identity.PlaceAccess;
import io.fazhi.platform.places.PlaceCodes;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Assessments of reports, with the evidence behind every grade. */
@Path("/api/v1/assessments")
@Authenticated
@Tag(name = "Assessments", description = "Scores, evidence, indicators and timeliness of each report")
@SecurityRequirement(name = "jwt")
public class AssessmentResource {

    @Inject
    PlaceAccess access;

    @Inject
    AssessmentService assessments;

    /** One line of a list: enough for a table, the rest is one click away. */
    public record AssessmentSummary(
            String reportId,
            int version,
            String townshipCode,
            int year,
            BigDecimal score,
            List<String> missingContents,
            int daysLate,
            String status) {
        static AssessmentSummary of(AssessmentRecord r) {
            return new AssessmentSummary(
                    r.reportId,
                    r.version,
                    r.townshipCode,
                    r.year,
                    r.score,
                    r.missingContents.isEmpty() ? List.of() : Arrays.asList(r.missingContents.split(",")),
                    r.daysLate,
                    r.status);
        }
    }

    @GET
    @Path("/{reportId}")
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "The assessment of a report's latest version, with evidence for every item")
    @PlaceCheck("the assessment's place against the caller's (PlaceAccess.allows on its place prefix); else 404")
    public JsonNode get(@PathParam("reportId") @Pattern(regexp = "[A-Za-z0-9-]{1,64}") String reportId) {
        return assessments.latest(reportId, access.caller());
    }

    @POST
    @Path("/reassess")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("admin")
    @Operation(summary = "Admin: score a place's current reports again (after a checklist or due-date change)")
    @PlaceCheck("admin only (@RolesAllowed), for any place or CN")
    public Map<String, Integer> reassess(
            @QueryParam("place")
                    @NotNull
                    @Pattern(regexp = PlaceCodes.ANY_OR_NATION, message = "must be CN or a place code")
                    String place,
            @QueryParam("year") @Min(2000) @Max(2100) Integer year) {
        return Map.of("reassessed", assessments.reassess("CN".equals(place) ? "" : place, year));
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @Transactional
    @Operation(summary = "Current assessments under a place code, optionally of one year (JSON or text/csv)")
    @PlaceCheck("a place given is required to be the caller's or under it; otherwise the caller's scope")
    public PageOf<AssessmentSummary> list(
            @QueryParam("place")
                    @Pattern(regexp = PlaceCodes.ANY, message = "must be a 2-, 4-, 6- or 9-digit place code")
                    String place,
            @QueryParam("year") @Min(2000) @Max(2100) Integer year,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(PageOf.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        return assessments.current(place, year, access.caller(), page, size).map(AssessmentSummary::of);
    }
}
