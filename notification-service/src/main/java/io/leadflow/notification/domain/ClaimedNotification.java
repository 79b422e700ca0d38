package io.leadflow.notification.domain;

import java.util.Optional;

/**
 * A notification this instance holds a lease on, until the lease expires: nobody else attempts it or
 * publishes its outcome meanwhile. Writes about it name {@code claimToken}, so a holder whose lease ran
 * out cannot overwrite what the next holder decided.
 *
 * @param attempts attempts made so far
 * @param unpublishedOutcome the outcome of the last attempt, when it is stored but its event is not yet
 *     confirmed published
 */
public record ClaimedNotification(
        Envelope envelope,
        String payload,
        NotificationState state,
        int attempts,
        Optional<Outcome> unpublishedOutcome,
        String claimToken) {
}
