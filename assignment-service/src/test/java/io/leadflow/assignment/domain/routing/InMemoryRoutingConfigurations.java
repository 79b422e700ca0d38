package io.leadflow.assignment.domain.routing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** {@link RoutingConfigurations} in memory, for unit tests. */
public final class InMemoryRoutingConfigurations implements RoutingConfigurations {

    private final List<ConfigurationVersion> versions = new ArrayList<>();

    @Override
    public synchronized ConfigurationVersion current() {
        return versions.isEmpty() ? ConfigurationVersion.DEFAULT : versions.get(versions.size() - 1);
    }

    @Override
    public synchronized Optional<ConfigurationVersion> version(long version) {
        return versions.stream().filter(saved -> saved.version() == version).findFirst();
    }

    @Override
    public synchronized List<ConfigurationVersion> history() {
        return versions.stream().sorted(Comparator.comparingLong(ConfigurationVersion::version).reversed()).toList();
    }

    @Override
    public synchronized boolean save(ConfigurationVersion next) {
        if (version(next.version()).isPresent()) {
            return false;
        }
        versions.add(next);
        return true;
    }
}
