package io.leadflow.notification.channel;

import io.leadflow.notification.channel.WebhookBody.RecipientBody;
import io.leadflow.notification.domain.Notification;
import io.leadflow.notification.domain.OfferExpiry;

/**
 * The JSON a webhook receives about a {@code lead.expired}: a contract, so field names and order are written out
 * here and change only compatibly.
 *
 * @param reason {@code NOT_ACKNOWLEDGED}, {@code TAKEN_BY_ANOTHER}, {@code WITHDRAWN} (or {@code UNKNOWN})
 * @param takenBy who acknowledged first, for {@code TAKEN_BY_ANOTHER}; null otherwise
 * @param offeredAt ISO-8601 UTC
 * @param deadline ISO-8601 UTC
 */
record ExpiryWebhookBody(
        String notificationId,
        String event,
        String leadId,
        String responseId,
        String assignmentId,
        String offerId,
        RecipientBody recipient,
        String subject,
        String text,
        String reason,
        String detail,
        RecipientBody takenBy,
        String offeredAt,
        String deadline) {

    static ExpiryWebhookBody of(Notification notification, OfferExpiry expiry) {
        return new ExpiryWebhookBody(
                notification.envelope().notificationId(),
                notification.envelope().triggerEvent(),
                expiry.leadId(),
                expiry.responseId(),
                expiry.assignmentId(),
                expiry.offerId(),
                RecipientBody.of(notification.envelope().recipient()),
                notification.envelope().subject(),
                notification.text(),
                expiry.reason().name(),
                expiry.detail(),
                RecipientBody.of(expiry.takenBy()),
                expiry.offeredAt().toString(),
                expiry.deadline().toString());
    }
}
