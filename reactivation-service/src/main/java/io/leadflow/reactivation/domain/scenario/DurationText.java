package io.leadflow.reactivation.domain.scenario;

import java.time.Duration;

/** Durations as people read them in configurations and reasons: ISO-8601, whole days as days ({@code P7D}). */
public final class DurationText {

    private static final long SECONDS_PER_DAY = 86_400;

    private DurationText() {
    }

    public static String iso(Duration duration) {
        boolean wholeDays = !duration.isZero() && !duration.isNegative() && duration.getNano() == 0
                && duration.getSeconds() % SECONDS_PER_DAY == 0;
        return wholeDays ? "P" + duration.toDays() + "D" : duration.toString();
    }
}
