package io.leadflow.reactivation.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

/** A change to the scenario configuration: the whole new configuration and why; its author is the caller. */
@Schema(description = "A change to the scenario configuration: the whole new configuration and why. The "
        + "authenticated caller is recorded as its author.")
record ConfigurationChange(
        @Schema(description = "The whole new configuration; it replaces the current one.",
                requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull(message = "must be the whole new scenario configuration") ScenarioConfigurationJson configuration,
        @Schema(description = "Why, in the author's words; kept in the history.",
                example = "Score reactivation for the autumn campaign") String comment,
        @Schema(description = "The version the change was made to (the `version` of the configuration read before "
                + "editing it). When given and no longer current, the change is refused with 409 instead of "
                + "silently undoing somebody else's change. Left out: whatever is current.", example = "3")
        Long expectedVersion) {
}
