package io.leadflow.assignment.domain.routing;

import java.util.List;
import java.util.Optional;

/** The versions of the routing configuration, shared by every instance of the service. */
public interface RoutingConfigurations {

    /** The version in effect ({@link ConfigurationVersion#DEFAULT} until the first change). */
    ConfigurationVersion current();

    Optional<ConfigurationVersion> version(long version);

    /** Every saved version, newest first. */
    List<ConfigurationVersion> history();

    /**
     * Saves {@code next} as the new current version if no version with its number exists yet. False when one
     * does: somebody else saved a change first.
     */
    boolean save(ConfigurationVersion next);
}
