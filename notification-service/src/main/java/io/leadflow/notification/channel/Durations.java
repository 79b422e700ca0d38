package io.leadflow.notification.channel;

import java.time.Duration;

/** Durations as the delivery log says them: {@code 5s}, {@code 300ms}. */
final class Durations {

    private Durations() {
    }

    static String human(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + "s" : duration.toMillis() + "ms";
    }
}
