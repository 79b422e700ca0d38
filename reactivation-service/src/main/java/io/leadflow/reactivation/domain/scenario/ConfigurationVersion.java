package io.leadflow.reactivation.domain.scenario;

import java.time.Instant;

/**
 * One saved scenario configuration. Versions count up from 1; every change saves a new version and keeps the
 * previous ones. Version 0 is {@link ScenarioConfiguration#EMPTY}, in effect until the first change.
 *
 * @param author who made the change
 * @param comment why, in the author's words (may be null)
 */
public record ConfigurationVersion(long version, String author, Instant changedAt, String comment,
        ScenarioConfiguration configuration) {

    public static final ConfigurationVersion EMPTY =
            new ConfigurationVersion(0, "leadflow", Instant.EPOCH, "built-in default: no scenario",
                    ScenarioConfiguration.EMPTY);
}
