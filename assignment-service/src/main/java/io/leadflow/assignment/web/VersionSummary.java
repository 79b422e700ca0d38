package io.leadflow.assignment.web;

import io.leadflow.assignment.domain.routing.ConfigurationVersion;

/** A version in the configuration's history: who changed it, when and why. */
record VersionSummary(long version, String author, String changedAt, String comment) {

    static VersionSummary of(ConfigurationVersion version) {
        return new VersionSummary(version.version(), version.author(), version.changedAt().toString(),
                version.comment());
    }
}
