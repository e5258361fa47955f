package io.fazhi.notification.subscription;

import io.fazhi.events.Severity;
import io.fazhi.platform.places.PlaceCodes;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an office asks to be told, where. */
public record SubscriptionRequest(
        @Schema(
                description = "The followed place: a county (6 digits), a city (4) or a province (2)",
                examples = "140404")
        @NotNull
        @Pattern(regexp = PlaceCodes.OFFICE, message = PlaceCodes.OFFICE_MESSAGE)
        String place,

        @Schema(description = "webhook, email or inbox") @NotNull
        Channel channel,

        @Schema(
                description =
                        "Event types (report.submitted, report.revised, report.withdrawn, report.assessed, compliance.alert),"
                                + " alert kinds (missing-section, low-score, late, overdue, deadline-approaching, template-reuse), or *",
                examples = "[\"compliance.alert\"]")
        @NotEmpty
        @Size(max = 20)
        List<@NotBlank @Size(max = 40) String> kinds,

        @Schema(
                description = "The webhook URL or e-mail address; none for the inbox",
                examples = "https://xian.example.gov.cn/hooks/fazhi")
        @Size(max = 2048)
        String target,

        @Schema(description = "Only events of this severity or higher; default info")
        Severity minSeverity,

        @Schema(
                description =
                        "One summary per period instead of one message per event: an ISO-8601 duration (PT30M) or daily",
                examples = "daily")
        @Size(max = 20)
        String digest) {}
