package io.fazhi.report.api;

import io.fazhi.platform.places.PlaceCodes;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Which township an unlocated report is from, as the confirming office says. */
public record TownshipConfirmationRequest(
        @NotNull
        @Pattern(regexp = PlaceCodes.TOWNSHIP, message = PlaceCodes.TOWNSHIP_MESSAGE)
        @Schema(description = "The township's 9-digit division code", example = "320681106")
        String townshipCode) {}
