package io.leadflow.assignment.web;

import io.leadflow.access.AccessPolicy;

import io.leadflow.assignment.domain.routing.ConfigurationVersion;
import io.leadflow.assignment.domain.routing.DistributionStates;
import io.leadflow.assignment.domain.routing.RoutingConfiguration;
import io.leadflow.assignment.domain.routing.RoutingConfigurations;
import io.leadflow.assignment.domain.routing.RoutingSetup;
import io.leadflow.platform.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The routing configuration: read it, change it (versioned and validated), look at its history. */
@RestController
@RequestMapping("/routing")
@Tag(name = "Routing configuration", description = "Users, queues, regions, assignment rules and distribution "
        + "rules that decide where leads go. Every change is validated and saved as a new version.")
class RoutingConfigurationController {

    private final RoutingSetup setup;
    private final RoutingConfigurations configurations;
    private final DistributionStates states;
    private final AccessPolicy access;

    RoutingConfigurationController(RoutingSetup setup, RoutingConfigurations configurations,
            DistributionStates states, AccessPolicy access) {
        this.access = access;
        this.setup = setup;
        this.configurations = configurations;
        this.states = states;
    }

    @GetMapping("/configuration")
    @Operation(summary = "The configuration in effect (version 0 is the built-in default: every lead to the "
            + "external engine)")
    ConfigurationVersionView current() {
        return ConfigurationVersionView.of(setup.current(), List.of());
    }

    @PutMapping("/configuration")
    @Operation(summary = "Replace the configuration",
            description = "Saves the whole new configuration as the next version, in effect for the next lead "
                    + "without a restart. 400 lists every error (nothing saved); 409 when another change was "
                    + "saved first or expectedVersion is not current. Warnings come back with the saved version. The "
                    + "caller (the access token's subject) is recorded as the author. The routing configuration "
                    + "belongs to the entire company: 403 unless the caller has the edition's permission "
                    + "(TEAM_FEATURES or MANAGE_LEAD_DISTRIBUTION) with the scope ENTIRE_COMPANY.")
    ConfigurationVersionView change(@Valid @RequestBody ConfigurationChange change, Caller caller) {
        access.requireCompanyWide(caller.id(), "the routing configuration");
        RoutingSetup.Saved saved = setup.change(change.configuration(), caller.id(), change.comment(),
                change.expectedVersion());
        return ConfigurationVersionView.of(saved.version(), saved.warnings());
    }

    @PostMapping("/configuration/validate")
    @Operation(summary = "Validate a configuration without saving it")
    ValidationView validate(@RequestBody RoutingConfiguration configuration) {
        return ValidationView.of(setup.validate(configuration));
    }

    @GetMapping("/configuration/versions")
    @Operation(summary = "Every saved version, newest first: who changed it, when and why")
    List<VersionSummary> history() {
        return configurations.history().stream().map(VersionSummary::of).toList();
    }

    @GetMapping("/configuration/versions/{version}")
    @Operation(summary = "One saved version, whole")
    ConfigurationVersionView version(@PathVariable long version) {
        ConfigurationVersion found = version == 0 ? ConfigurationVersion.DEFAULT : configurations.version(version)
                .orElseThrow(() -> ApiException.notFound("Configuration version not found",
                        "No routing configuration version " + version));
        return ConfigurationVersionView.of(found, List.of());
    }

    @GetMapping("/distribution-rules/{name}/state")
    @Operation(summary = "What a distribution rule has given each member so far (in total and in the current "
            + "cap period), and its latest picks")
    DistributionStateView state(@PathVariable String name) {
        return DistributionStateView.of(states.load(name));
    }
}
