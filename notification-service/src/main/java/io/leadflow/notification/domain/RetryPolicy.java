package io.leadflow.notification.domain;

import io.leadflow.platform.events.EventIds;
import java.time.Duration;
import java.time.Instant;

/**
 * When a failed notification is tried again: exponential backoff ({@code initialBackoff},
 * {@code initialBackoff * multiplier}, ... capped at {@code maxBackoff}), at most {@code maxAttempts}
 * attempts in all, and never after a permanent failure.
 */
public record RetryPolicy(Duration initialBackoff, double multiplier, Duration maxBackoff, int maxAttempts) {

    /** The pause after failed attempt number {@code attempt} (1 for the first). */
    public Duration backoffAfter(int attempt) {
        double millis = initialBackoff.toMillis() * Math.pow(multiplier, attempt - 1);
        return millis >= maxBackoff.toMillis() ? maxBackoff : Duration.ofMillis(Math.round(millis));
    }

    /** What attempt number {@code attempt} of a notification, ending at {@code at} with {@code result}, decided. */
    public Outcome decide(String notificationId, int attempt, DeliveryResult result, Instant at) {
        if (result.kind() == DeliveryResult.Kind.DELIVERED) {
            return new Outcome(EventIds.derived(notificationId, "sent"), Outcome.Kind.SENT, attempt, at, null, false,
                    null);
        }
        boolean willRetry = result.kind() == DeliveryResult.Kind.RETRYABLE && attempt < maxAttempts;
        return new Outcome(EventIds.derived(notificationId, "failed", String.valueOf(attempt)), Outcome.Kind.FAILED,
                attempt, at, result.reason(), willRetry, willRetry ? at.plus(backoffAfter(attempt)) : null);
    }
}
