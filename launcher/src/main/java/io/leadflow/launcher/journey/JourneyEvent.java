package io.leadflow.launcher.journey;

import java.time.Instant;

/**
 * One record of a lead on one topic, as the journey shows it.
 *
 * @param at when the broker took the record (its timestamp)
 * @param writer the service (or upstream) that writes the topic; for a dead letter, the consumer that gave up on it
 * @param line the record in words, then any detail lines (a routing explanation), each indented
 */
record JourneyEvent(Instant at, String topic, int partition, long offset, String writer, String line) {
}
