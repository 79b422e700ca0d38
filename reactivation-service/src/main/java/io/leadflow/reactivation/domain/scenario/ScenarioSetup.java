package io.leadflow.reactivation.domain.scenario;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * The scenario configuration in effect, and changes to it: validated, saved as a new version (the previous ones
 * are kept, with who changed what and when), in effect for the next event without a restart.
 *
 * <p>Every batch of events needs the configuration in effect, so {@link #current()} keeps it in memory and
 * reads the store again at most every {@link #REFRESH}: a change saved through this instance applies at once,
 * a change saved by another instance within that time, and a busy listener costs the store one read a second,
 * not one per event or batch.
 */
public class ScenarioSetup {

    /** How old the configuration in effect may be when another instance changed it. */
    public static final Duration REFRESH = Duration.ofSeconds(1);

    private final ScenarioConfigurations configurations;
    private final Clock clock;
    private final long refreshNanos;
    private final LongSupplier nanoTime;
    private volatile Cached cached;

    private record Cached(ConfigurationVersion version, long readAtNanos) {
    }

    /** A saved change, with what the validator warned about. */
    public record Saved(ConfigurationVersion version, List<Problem> warnings) {
    }

    public ScenarioSetup(ScenarioConfigurations configurations, Clock clock) {
        this(configurations, clock, REFRESH, System::nanoTime);
    }

    /** @param nanoTime the ticker that ages the cached version ({@link System#nanoTime()} but in tests) */
    ScenarioSetup(ScenarioConfigurations configurations, Clock clock, Duration refresh, LongSupplier nanoTime) {
        this.configurations = configurations;
        this.clock = clock;
        this.refreshNanos = refresh.toNanos();
        this.nanoTime = nanoTime;
    }

    /**
     * The version in effect ({@link ConfigurationVersion#EMPTY} until the first change); when another instance
     * changed it, the one before for at most {@link #REFRESH}.
     */
    public ConfigurationVersion current() {
        Cached known = cached;
        if (known != null && nanoTime.getAsLong() - known.readAtNanos() < refreshNanos) {
            return known.version();
        }
        return remember(configurations.current());
    }

    public Validation validate(ScenarioConfiguration configuration) {
        return ScenarioValidator.validate(configuration);
    }

    /**
     * Saves {@code proposed} as the next version.
     *
     * @param author who makes the change
     * @param comment why (may be null)
     * @param expectedVersion the version the author changed (null: whatever is current); a change based on an
     *     older version is refused rather than silently undoing somebody else's
     * @throws InvalidConfigurationException when the validator found errors
     * @throws ConcurrentChangeException when another change was saved first
     */
    public Saved change(ScenarioConfiguration proposed, String author, String comment, Long expectedVersion) {
        Validation validation = validate(proposed);
        if (!validation.isValid()) {
            throw new InvalidConfigurationException(validation);
        }
        // Read from the store, not the cache: another instance may have saved a version within the last second.
        ConfigurationVersion current = remember(configurations.current());
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
        remember(next);
        return new Saved(next, validation.warnings());
    }

    /** Caches {@code read} unless a newer version was cached meanwhile (a read racing a save must not undo it). */
    private synchronized ConfigurationVersion remember(ConfigurationVersion read) {
        if (cached == null || read.version() >= cached.version().version()) {
            cached = new Cached(read, nanoTime.getAsLong());
        }
        return cached.version();
    }

    /** The configuration has errors; nothing was saved. */
    public static class InvalidConfigurationException extends RuntimeException {

        private final transient Validation validation;

        InvalidConfigurationException(Validation validation) {
            super("the scenario configuration has " + validation.errors().size() + " error(s); nothing was saved");
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
