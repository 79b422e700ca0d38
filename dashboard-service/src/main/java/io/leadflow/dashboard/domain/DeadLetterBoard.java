package io.leadflow.dashboard.domain;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Today's dead letters per source topic. Not thread-safe. */
final class DeadLetterBoard {

    private final Map<String, DeadLetterCount> today = new TreeMap<>();

    void add(DeadLetter letter) {
        today.merge(letter.sourceTopic(), new DeadLetterCount(letter.sourceTopic(), 1, letter.reason(), letter.at()),
                (earlier, latest) -> new DeadLetterCount(earlier.sourceTopic(), earlier.count() + 1,
                        latest.lastAt().isBefore(earlier.lastAt()) ? earlier.lastReason() : latest.lastReason(),
                        latest.lastAt().isBefore(earlier.lastAt()) ? earlier.lastAt() : latest.lastAt()));
    }

    void startDay() {
        today.clear();
    }

    List<DeadLetterCount> counts() {
        return List.copyOf(today.values());
    }
}
