package io.leadflow.notification.persistence;

import io.leadflow.notification.domain.Channel;
import io.leadflow.notification.domain.ClaimedNotification;
import io.leadflow.notification.domain.DeliveryLogEntry;
import io.leadflow.notification.domain.Envelope;
import io.leadflow.notification.domain.NotificationState;
import io.leadflow.notification.domain.Outcome;
import io.leadflow.notification.domain.Recipient;
import java.time.Instant;
import java.util.Optional;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One notification and its delivery state. The id is the notification id, derived from (trigger event,
 * recipient, channel): inserting it twice fails, which is how a redelivered trigger is recognised.
 *
 * @param payload exactly what every attempt delivers
 * @param dueAt when an instance should next pick this notification up: the next attempt, or the end of
 *     the current claim; absent once it is SENT or FAILED and its last outcome is published
 * @param claimToken names the current claim; writes of a holder whose claim ran out match nothing
 * @param outcome the last attempt's outcome
 * @param outcomePublished whether the event reporting {@code outcome} is confirmed published
 */
@Document("notifications")
public record NotificationDocument(
        @Id String id,
        @Indexed String leadId,
        String correlationId,
        String triggerEvent,
        String triggerEventId,
        Recipient recipient,
        Channel channel,
        String destination,
        String subject,
        String payload,
        NotificationState state,
        int attempts,
        Instant createdAt,
        Instant nextAttemptAt,
        Instant sentAt,
        String lastError,
        @Indexed Instant dueAt,
        String claimToken,
        Outcome outcome,
        boolean outcomePublished) {

    static final String ID = "_id";
    static final String LEAD_ID = "leadId";
    static final String STATE = "state";
    static final String ATTEMPTS = "attempts";
    static final String CREATED_AT = "createdAt";
    static final String NEXT_ATTEMPT_AT = "nextAttemptAt";
    static final String SENT_AT = "sentAt";
    static final String LAST_ERROR = "lastError";
    static final String DUE_AT = "dueAt";
    static final String CLAIM_TOKEN = "claimToken";
    static final String OUTCOME = "outcome";
    static final String OUTCOME_PUBLISHED = "outcomePublished";

    /** A new notification, due at once and claimed by its creator, who makes the first attempt. */
    static NotificationDocument created(Envelope envelope, String payload, Instant now, Instant leaseUntil,
            String claimToken) {
        return new NotificationDocument(envelope.notificationId(), envelope.leadId(), envelope.correlationId(),
                envelope.triggerEvent(), envelope.triggerEventId(), envelope.recipient(), envelope.channel(),
                envelope.destination(), envelope.subject(), payload, NotificationState.PENDING, 0, now, now, null,
                null, leaseUntil, claimToken, null, true);
    }

    ClaimedNotification toClaimed() {
        Envelope envelope = new Envelope(id, triggerEvent, triggerEventId, correlationId, leadId, recipient, channel,
                destination, subject);
        Optional<Outcome> unpublished = outcomePublished ? Optional.empty() : Optional.of(outcome);
        return new ClaimedNotification(envelope, payload, state, attempts, unpublished, claimToken);
    }

    DeliveryLogEntry toLogEntry() {
        return new DeliveryLogEntry(id, recipient, channel, destination, subject, state, attempts, lastError,
                createdAt, sentAt);
    }
}
