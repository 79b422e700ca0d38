package io.leadflow.reactivation.web;

import io.leadflow.reactivation.domain.scenario.ConfigurationVersion;
import io.swagger.v3.oas.annotations.media.Schema;

/** A version in the configuration's history: who changed it, when and why. */
@Schema(description = "A version in the history: who changed the configuration, when and why.")
record VersionSummary(long version, String author, String changedAt, String comment) {

    static VersionSummary of(ConfigurationVersion version) {
        return new VersionSummary(version.version(), version.author(), version.changedAt().toString(),
                version.comment());
    }
}
