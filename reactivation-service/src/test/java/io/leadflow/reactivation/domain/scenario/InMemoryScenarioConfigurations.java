package io.leadflow.reactivation.domain.scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** {@link ScenarioConfigurations} in memory, for unit tests; counts how often the version in effect is read. */
public final class InMemoryScenarioConfigurations implements ScenarioConfigurations {

    private final List<ConfigurationVersion> versions = new ArrayList<>();
    private int currentReads;

    @Override
    public synchronized ConfigurationVersion current() {
        currentReads++;
        return versions.stream().max(Comparator.comparingLong(ConfigurationVersion::version))
                .orElse(ConfigurationVersion.EMPTY);
    }

    @Override
    public synchronized boolean save(ConfigurationVersion version) {
        if (version(version.version()).isPresent()) {
            return false;
        }
        versions.add(version);
        return true;
    }

    @Override
    public synchronized Optional<ConfigurationVersion> version(long version) {
        return versions.stream().filter(saved -> saved.version() == version).findFirst();
    }

    @Override
    public synchronized List<ConfigurationVersion> history() {
        return versions.stream().sorted(Comparator.comparingLong(ConfigurationVersion::version).reversed()).toList();
    }

    public synchronized int currentReads() {
        return currentReads;
    }
}
