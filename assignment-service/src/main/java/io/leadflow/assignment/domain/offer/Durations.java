package io.leadflow.assignment.domain.offer;

import java.time.Duration;

/** Durations as offer explanations say them: {@code 15m}, {@code 1h 5m}, {@code 42s}. */
public final class Durations {

    private Durations() {
    }

    public static String words(Duration duration) {
        long seconds = Math.max(0, duration.toSeconds());
        long hours = seconds / 3600;
        long minutes = seconds % 3600 / 60;
        long rest = seconds % 60;
        StringBuilder text = new StringBuilder();
        if (hours > 0) {
            text.append(hours).append('h');
        }
        if (minutes > 0) {
            text.append(text.isEmpty() ? "" : " ").append(minutes).append('m');
        }
        if (rest > 0 || text.isEmpty()) {
            text.append(text.isEmpty() ? "" : " ").append(rest).append('s');
        }
        return text.toString();
    }
}
