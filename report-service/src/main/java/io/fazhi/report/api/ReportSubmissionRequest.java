package io.fazhi.report.api;

import io.fazhi.platform.places.PlaceCodes;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A report submitted as JSON by another government system. */
@Schema(description = "A report as JSON: its text and, optionally, the township and year it is for")
public record ReportSubmissionRequest(
        @NotBlank
        @Schema(description = "The full text of the report", example = "中共南宋镇委员会 南宋镇人民政府 关于2024年度法治政府建设情况的报告…")
        String text,

        @Pattern(regexp = PlaceCodes.TOWNSHIP, message = PlaceCodes.TOWNSHIP_MESSAGE)
        @Schema(description = "9-digit township code; wins over the place named in the text", example = "140404107")
        String townshipCode,

        @Min(2000) @Max(2100) @Schema(description = "The year the report covers", example = "2024")
        Integer year,

        @Schema(
                description = "Importers and admin only: when an earlier year's report originally reached the county, "
                        + "ISO-8601 with an offset. Counted for timeliness; the time of receipt is kept beside it.",
                type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                format = "date-time",
                example = "2025-01-10T08:00:00Z")
        String submittedAt) {

    /** The claimed date, or null; a 400 problem when it is not an ISO-8601 date and time (numbers are not). */
    public Instant submittedInstant() {
        return SubmittedAt.parse(submittedAt);
    }
}
