package io.leadflow.launcher;

import java.time.Duration;
import java.util.List;

/**
 * How long assignment-service waits for an external engine before the fallback owner gets a parked lead, or
 * {@link #OFF}: parked leads wait until an owner change moves them.
 *
 * @param duration the wait; null when off
 */
public record EngineWaitTimeout(Duration duration) {

    public static final EngineWaitTimeout OFF = new EngineWaitTimeout(null);

    /** {@code off}, or a duration as {@link Durations} reads it; a message naming the option otherwise. */
    static EngineWaitTimeout parse(String value, String option) {
        return "off".equalsIgnoreCase(value) ? OFF : new EngineWaitTimeout(Durations.parse(value, option));
    }

    boolean off() {
        return duration == null;
    }

    /** The arguments of assignment-service that set it; arguments, so they win over its application.yml. */
    List<String> assignmentArguments() {
        return off() ? List.of("--leadflow.assignment.engine-wait-timeout-enabled=false")
                : List.of("--leadflow.assignment.engine-wait-timeout=" + duration);
    }
}
