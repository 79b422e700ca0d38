package io.leadflow.reactivation.domain.scenario;

import java.util.List;
import java.util.Optional;

/**
 * Where scenario configuration versions are kept. Every call reads the store: whatever needs the version in
 * effect per event or batch asks {@link ScenarioSetup#current()}, which keeps it in memory for a second.
 */
public interface ScenarioConfigurations {

    /** The newest saved version, or {@link ConfigurationVersion#EMPTY}. */
    ConfigurationVersion current();

    /** Saves {@code version}; false when a version with that number exists already (another change won). */
    boolean save(ConfigurationVersion version);

    Optional<ConfigurationVersion> version(long version);

    /** Every saved version, newest first. */
    List<ConfigurationVersion> history();
}
