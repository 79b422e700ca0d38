package io.leadflow.notification.domain;

import java.time.Instant;
import java.util.Optional;

/**
 * A notification as stored in the delivery log: what recovery reads to decide what is left to do.
 *
 * @param attempts attempts made so far
 * @param lastOutcome the outcome of the last attempt; empty before the first one
 * @param nextAttemptAt when the next attempt is due; null once the notification is SENT or FAILED
 */
public record StoredNotification(
        Envelope envelope,
        String payload,
        NotificationState state,
        int attempts,
        Optional<Outcome> lastOutcome,
        Instant nextAttemptAt) {

    public String notificationId() {
        return envelope.notificationId();
    }

    /** Stored, but no attempt made yet: the case in which a crash may have lost its due entry. */
    public boolean isUntouched() {
        return state == NotificationState.PENDING && attempts == 0;
    }

    public Delivery toDelivery() {
        return new Delivery(envelope, payload, attempts);
    }
}
