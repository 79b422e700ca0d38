package io.leadflow.reactivation.web;

import io.leadflow.access.AccessPolicy;

import io.leadflow.platform.security.Caller;
import io.leadflow.reactivation.domain.scenario.ConfigurationVersion;
import io.leadflow.reactivation.domain.scenario.ScenarioConfigurations;
import io.leadflow.reactivation.domain.scenario.ScenarioSetup;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The scenario configuration: read it, validate and change it (versioned), look at its history. */
@RestController
@RequestMapping("/reactivation/configuration")
@Tag(name = "Scenario configuration", description = "The reactivation scenarios and the campaigns they name. Every "
        + "change is validated and saved as a new version, in effect within a second on every instance, without a "
        + "restart.")
class ScenarioConfigurationController {

    private final ScenarioSetup setup;
    private final ScenarioConfigurations configurations;
    private final AccessPolicy access;

    ScenarioConfigurationController(ScenarioSetup setup, ScenarioConfigurations configurations, AccessPolicy access) {
        this.setup = setup;
        this.configurations = configurations;
        this.access = access;
    }

    @GetMapping
    @Operation(summary = "The configuration in effect",
            description = "Version 0 is the built-in empty configuration (no scenario: nothing is reactivated), in "
                    + "effect until the first change. To change the configuration, edit `configuration` and send it "
                    + "back with PUT, `version` as `expectedVersion`.")
    ConfigurationVersionView current() {
        return ConfigurationVersionView.of(setup.current(), List.of());
    }

    @PutMapping
    @Operation(summary = "Replace the configuration",
            description = "Validates the whole new configuration and saves it as the next version, in effect for "
                    + "the next event. Warnings come back with the saved version. The caller (the access token's "
                    + "subject) is recorded as the author. The scenarios belong to the entire company: 403 unless the "
                    + "caller has the edition's permission (TEAM_FEATURES or MANAGE_LEAD_DISTRIBUTION) with the "
                    + "scope ENTIRE_COMPANY.")
    @ApiResponse(responseCode = "403", description = "Nothing saved: the caller lacks the permission or the scope",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ErrorResponse.class)))
    @ApiResponse(responseCode = "200", description = "Saved: the new version, with the validator's warnings")
    @ApiResponse(responseCode = "400", description = "Nothing saved: every error, each with its JSON path (an "
            + "invalid configuration, a misspelt property, a value of the wrong type)",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ErrorResponse.class)))
    @ApiResponse(responseCode = "409", description = "Nothing saved: expectedVersion is no longer current, or "
            + "another change was saved a moment earlier; reload, apply the change again and resend",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ErrorResponse.class)))
    ConfigurationVersionView change(@Valid @RequestBody ConfigurationChange change, Caller caller) {
        access.requireCompanyWide(caller.id(), "the reactivation scenarios");
        ScenarioSetup.Saved saved = setup.change(change.configuration().toDomain(), caller.id(),
                change.comment(), change.expectedVersion());
        return ConfigurationVersionView.of(saved.version(), saved.warnings());
    }

    @PostMapping("/validate")
    @Operation(summary = "Validate a configuration without saving it",
            description = "Answers 200 with every error and warning, whether or not the configuration is valid. "
                    + "The body is the configuration itself (what PUT takes as `configuration`).")
    @ApiResponse(responseCode = "200", description = "What the validator found")
    @ApiResponse(responseCode = "400", description = "The body could not be read (a misspelt property, a value of "
            + "the wrong type), with its JSON path",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ErrorResponse.class)))
    ValidationView validate(@RequestBody ScenarioConfigurationJson configuration) {
        return ValidationView.of(setup.validate(configuration.toDomain()));
    }

    @GetMapping("/versions")
    @Operation(summary = "Every saved version, newest first: who changed the configuration, when and why")
    List<VersionSummary> history() {
        return configurations.history().stream().map(VersionSummary::of).toList();
    }

    @GetMapping("/versions/{version}")
    @Operation(summary = "One saved version, whole (0: the built-in empty configuration)")
    @ApiResponse(responseCode = "200", description = "The version")
    @ApiResponse(responseCode = "404", description = "No such version",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ErrorResponse.class)))
    ConfigurationVersionView version(@PathVariable long version) {
        ConfigurationVersion found = version == 0 ? ConfigurationVersion.EMPTY : configurations.version(version)
                .orElseThrow(() -> ApiException.notFound("Configuration version not found",
                        "No scenario configuration version " + version));
        return ConfigurationVersionView.of(found, List.of());
    }
}
