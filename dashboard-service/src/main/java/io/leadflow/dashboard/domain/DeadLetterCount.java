package io.leadflow.dashboard.domain;

import java.time.Instant;

/** Dead letters of one source topic today, with the latest one's reason. */
public record DeadLetterCount(String sourceTopic, long count, String lastReason, Instant lastAt) {
}
