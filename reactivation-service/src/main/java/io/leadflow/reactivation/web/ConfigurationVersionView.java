package io.leadflow.reactivation.web;

import io.leadflow.reactivation.domain.scenario.ConfigurationVersion;
import io.leadflow.reactivation.domain.scenario.Problem;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** A version of the scenario configuration. */
@Schema(name = "ConfigurationVersion", description = "A saved version of the scenario configuration.")
record ConfigurationVersionView(
        @Schema(description = "Counts up from 1 with every change; 0 is the built-in empty configuration.")
        long version,
        String author,
        @Schema(description = "When the version was saved (ISO-8601 instant).") String changedAt,
        String comment,
        ScenarioConfigurationJson configuration,
        @Schema(description = "What the validator warned about when this version was saved (only in the answer to "
                + "a change; empty otherwise).") List<ProblemView> warnings) {

    static ConfigurationVersionView of(ConfigurationVersion version, List<Problem> warnings) {
        return new ConfigurationVersionView(version.version(), version.author(), version.changedAt().toString(),
                version.comment(), ScenarioConfigurationJson.of(version.configuration()), ProblemView.of(warnings));
    }
}
