package io.leadflow.notification.channel;

import io.leadflow.notification.channel.WebhookBody.LeadBody;
import io.leadflow.notification.channel.WebhookBody.RecipientBody;
import io.leadflow.notification.domain.LeadOffer;
import io.leadflow.notification.domain.Notification;

/**
 * The JSON a webhook receives about a {@code lead.offered}: a contract, so field names and order are written out
 * here and change only compatibly. It goes to the candidate alone, which is why it may carry the acknowledgement link.
 *
 * @param kind {@code ROUTING}, {@code SINGLE}, {@code BLAST}, {@code ROUND_ROBIN} (or {@code UNKNOWN})
 * @param offeredAt ISO-8601 UTC
 * @param deadline ISO-8601 UTC: the offer is the candidate's only if acknowledged before it
 * @param acknowledgeUrl the signed link that acknowledges the offer; null when it is acknowledged in the CRM
 */
record OfferWebhookBody(
        String notificationId,
        String event,
        String leadId,
        String responseId,
        String campaignId,
        String assignmentId,
        String offerId,
        RecipientBody recipient,
        String subject,
        String text,
        String kind,
        int attempt,
        String reason,
        String offeredAt,
        String deadline,
        String acknowledgeUrl,
        LeadBody lead) {

    static OfferWebhookBody of(Notification notification, LeadOffer offer) {
        return new OfferWebhookBody(
                notification.envelope().notificationId(),
                notification.envelope().triggerEvent(),
                offer.leadId(),
                offer.responseId(),
                offer.campaignId(),
                offer.assignmentId(),
                offer.offerId(),
                RecipientBody.of(notification.envelope().recipient()),
                notification.envelope().subject(),
                notification.text(),
                offer.kind().name(),
                offer.attempt(),
                offer.reason(),
                offer.offeredAt().toString(),
                offer.deadline().toString(),
                offer.acknowledgeUrl(),
                LeadBody.of(offer.lead()));
    }
}
