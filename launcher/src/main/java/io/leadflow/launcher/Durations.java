package io.leadflow.launcher;

import java.time.Duration;
import java.time.format.DateTimeParseException;

/** Durations on the command line: {@code 20s}, {@code 10m}, or ISO-8601 such as {@code PT1H}. */
public final class Durations {

    private Durations() {
    }

    /** The positive duration {@code value} gives to {@code option}; a message naming the option otherwise. */
    public static Duration parse(String value, String option) {
        try {
            Duration duration = value.startsWith("P") || value.startsWith("p")
                    ? Duration.parse(value)
                    : Duration.parse("PT" + value.toUpperCase());
            if (duration.isZero() || duration.isNegative()) {
                throw new IllegalArgumentException(option + " must be positive, not " + value);
            }
            return duration;
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(option + " must be a duration such as 20s, 10m or PT1H, not " + value, e);
        }
    }
}
