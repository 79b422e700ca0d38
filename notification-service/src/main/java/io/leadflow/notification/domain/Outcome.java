package io.leadflow.notification.domain;

import java.time.Instant;

/**
 * What one attempt decided, stored before it is published so that a crash in between loses nothing:
 * the event is published again, with the same {@code eventId}, from the stored outcome.
 *
 * @param eventId id of the notification.sent or notification.failed event that reports it
 * @param reason why the attempt failed; null when it was delivered
 * @param willRetry whether another attempt follows
 * @param nextAttemptAt when that attempt is due; null when none follows
 */
public record Outcome(
        String eventId,
        Kind kind,
        int attempt,
        Instant occurredAt,
        String reason,
        boolean willRetry,
        Instant nextAttemptAt) {

    public enum Kind {
        SENT,
        FAILED
    }

    public NotificationState state() {
        if (kind == Kind.SENT) {
            return NotificationState.SENT;
        }
        return willRetry ? NotificationState.PENDING : NotificationState.FAILED;
    }
}
