package io.fazhi.report.api;

import io.fazhi.core.identity.PlaceCheck;
import io.fazhi.platform.identity.PlaceAccess;
import io.fazhi.platform.problem.Problem;
import io.fazhi.report.ingest.ScanReadings;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Scans being read by OCR: the status link a 202 Accepted names. */
@Path("/api/v1/reports/scans")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports")
@SecurityRequirement(name = "jwt")
public class ScanResource {

    @Inject
    ScanReadings scans;

    @Inject
    PlaceAccess access;

    @GET
    @Path("/{id}")
    @Operation(
            summary = "A scan sent for OCR: reading, stored (with its report) or refused (with the problem)",
            description = "Only its sender (or admin) sees it; poll while the state is reading.")
    @APIResponse(
            responseCode = "200",
            description = "The scan's state",
            content = @Content(schema = @Schema(implementation = ScanView.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such scan sent by the caller",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @PlaceCheck("the scan's sender or admin (ScanReadings.status); its report has its own check")
    public ScanView get(@PathParam("id") UUID id) {
        // The place check: a scan is its sender's until it is a report, which then has its own.
        return ScanView.of(scans.status(id, access.caller()));
    }
}
