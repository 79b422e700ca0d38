package io.leadflow.assignment.domain.routing;

import java.time.Clock;
import java.util.List;

/**
 * Changes to the routing configuration: validated, saved as a new version (the previous ones are kept, with
 * who changed what and when), in effect for the next lead. A change never touches the distribution rules'
 * state, so a round in progress goes on where it was.
 */
public class RoutingSetup {

    private final RoutingConfigurations configurations;
    private final Clock clock;

    public RoutingSetup(RoutingConfigurations configurations, Clock clock) {
        this.configurations = configurations;
        this.clock = clock;
    }

    /** A saved change, with what the validator warned about. */
    public record Saved(ConfigurationVersion version, List<Problem> warnings) {
    }

    public ConfigurationVersion current() {
        return configurations.current();
    }

    public Validation validate(RoutingConfiguration configuration) {
        return ConfigurationValidator.validate(configuration);
    }

    /**
     * {@code proposed} as a version to try (a preview), not saved.
     *
     * @throws InvalidConfigurationException when the validator found errors
     */
    public ConfigurationVersion proposal(RoutingConfiguration proposed) {
        Validation validation = validate(proposed);
        if (!validation.isValid()) {
            throw new InvalidConfigurationException(validation);
        }
        return new ConfigurationVersion(0, "proposal", clock.instant(), "proposed configuration, not saved",
                proposed);
    }

    /**
     * Saves {@code proposed} as the next version.
     *
     * @param expectedVersion the version the author changed (null: whatever is current); a change based on an
     *     older version is refused rather than silently undoing somebody else's
     * @throws InvalidConfigurationException when the validator found errors
     * @throws ConcurrentChangeException when another change was saved first
     */
    public Saved change(RoutingConfiguration proposed, String author, String comment, Long expectedVersion) {
        Validation validation = validate(proposed);
        if (!validation.isValid()) {
            throw new InvalidConfigurationException(validation);
        }
        ConfigurationVersion current = configurations.current();
        if (expectedVersion != null && expectedVersion != current.version()) {
            throw new ConcurrentChangeException("the change was made to version " + expectedVersion
                    + " but version " + current.version() + " (by " + current.author() + ") is current; "
                    + "apply the change to version " + current.version() + " and send it again");
        }
        ConfigurationVersion next = new ConfigurationVersion(current.version() + 1, author, clock.instant(), comment,
                proposed);
        if (!configurations.save(next)) {
            throw new ConcurrentChangeException("version " + next.version() + " was saved by another change "
                    + "a moment ago; reload the configuration, apply the change to it and send it again");
        }
        return new Saved(next, validation.warnings());
    }

    /** The configuration has errors; nothing was saved. */
    public static class InvalidConfigurationException extends RuntimeException {

        private final transient Validation validation;

        InvalidConfigurationException(Validation validation) {
            super("the routing configuration has " + validation.errors().size() + " error(s); nothing was saved");
            this.validation = validation;
        }

        public Validation validation() {
            return validation;
        }
    }

    /** Another change was saved first; nothing was saved. */
    public static class ConcurrentChangeException extends RuntimeException {

        ConcurrentChangeException(String message) {
            super(message);
        }
    }
}
