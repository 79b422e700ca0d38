package io.leadflow.notification.persistence;

import io.leadflow.notification.domain.Channel;
import io.leadflow.notification.domain.DeliveryLogEntry;
import io.leadflow.notification.domain.Envelope;
import io.leadflow.notification.domain.NotificationState;
import io.leadflow.notification.domain.Outcome;
import io.leadflow.notification.domain.Recipient;
import io.leadflow.notification.domain.StoredNotification;
import io.leadflow.notification.domain.Suppression;
import java.time.Instant;
import java.util.Optional;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One notification and its delivery history: the delivery log. The id is the notification id, derived from
 * (trigger event, recipient, channel), which is how a redelivered trigger is recognised. Work still due on
 * it is tracked apart, in {@code notification_due} ({@link DueNotificationDocument}), so nothing ever scans
 * this collection, which grows with history.
 *
 * <p>The one index besides {@code _id} serves the delivery log query (a lead's notifications, oldest first)
 * on a real MongoDB; mongo-java-server ignores it and scans, which is fine for that occasional query.
 *
 * @param payload exactly what every attempt delivers; null for a suppressed notification, which delivers nothing
 * @param outcome the last attempt's outcome, kept so that its event can be published again, with the same
 *     event id, if the instance that made the attempt died before its event was confirmed
 * @param reason why nobody was told, for a SUPPRESSED notification; null otherwise (and in documents stored
 *     before suppression existed)
 */
@Document("notifications")
@CompoundIndex(name = "deliveryLog", def = "{'leadId': 1, 'createdAt': 1, '_id': 1}")
public record NotificationDocument(
        @Id String id,
        String leadId,
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
        Outcome outcome,
        String reason) {

    static final String ID = "_id";
    static final String LEAD_ID = "leadId";
    static final String STATE = "state";
    static final String ATTEMPTS = "attempts";
    static final String CREATED_AT = "createdAt";
    static final String NEXT_ATTEMPT_AT = "nextAttemptAt";
    static final String SENT_AT = "sentAt";
    static final String LAST_ERROR = "lastError";
    static final String OUTCOME = "outcome";

    /** A new notification, its first attempt due at once. */
    static NotificationDocument created(Envelope envelope, String payload, Instant now) {
        return new NotificationDocument(envelope.notificationId(), envelope.leadId(), envelope.correlationId(),
                envelope.triggerEvent(), envelope.triggerEventId(), envelope.recipient(), envelope.channel(),
                envelope.destination(), envelope.subject(), payload, NotificationState.PENDING, 0, now, now, null,
                null, null, null);
    }

    /** A notification nobody is told: never attempted, so nothing is due on it and it has no payload. */
    static NotificationDocument suppressed(Suppression suppression, Instant now) {
        Envelope envelope = suppression.envelope();
        return new NotificationDocument(envelope.notificationId(), envelope.leadId(), envelope.correlationId(),
                envelope.triggerEvent(), envelope.triggerEventId(), envelope.recipient(), envelope.channel(),
                envelope.destination(), envelope.subject(), null, NotificationState.SUPPRESSED, 0, now, null, null,
                null, null, suppression.reason());
    }

    StoredNotification toStored() {
        Envelope envelope = new Envelope(id, triggerEvent, triggerEventId, correlationId, leadId, recipient, channel,
                destination, subject);
        return new StoredNotification(envelope, payload, state, attempts, Optional.ofNullable(outcome),
                nextAttemptAt);
    }

    DeliveryLogEntry toLogEntry() {
        return new DeliveryLogEntry(id, triggerEvent, recipient, channel, destination, subject, state, attempts, lastError,
                createdAt, sentAt, reason);
    }
}
