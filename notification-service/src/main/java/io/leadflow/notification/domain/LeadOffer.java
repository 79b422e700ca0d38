package io.leadflow.notification.domain;

import java.time.Instant;

/**
 * A lead was offered to a candidate, who must acknowledge it by the deadline to get it: the fact that tells the
 * candidate, unless the activation behind it asked that nobody be told.
 *
 * @param attempt 0 for routing's own offer, then 1, 2... for the offers of a reassignment
 * @param acknowledgeUrl a signed link that acknowledges the offer: a credential, so only the candidate's payload
 *     carries it (never a subject, an outcome event or the delivery log); null when the candidate acknowledges in
 *     the CRM
 */
public record LeadOffer(
        String triggerEvent,
        String eventId,
        String correlationId,
        String leadId,
        String responseId,
        String campaignId,
        String assignmentId,
        String offerId,
        Recipient candidate,
        Instant offeredAt,
        Instant deadline,
        int attempt,
        OfferKind kind,
        String acknowledgeUrl,
        String reason,
        LeadFacts lead,
        boolean triggerNotification) implements LeadFact {

    public LeadOffer {
        Facts.requireRecipient(triggerEvent, eventId, leadId, candidate, "candidate");
    }

    @Override
    public Recipient recipient() {
        return candidate;
    }

    @Override
    public Message message() {
        return OfferMessages.compose(this);
    }

    @Override
    public <R> R accept(Cases<R> cases) {
        return cases.offered(this);
    }
}
