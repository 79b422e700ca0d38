package io.leadflow.notification.domain;

import io.leadflow.platform.events.InvalidEventException;
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
        if (Facts.isBlank(eventId) || Facts.isBlank(leadId)) {
            throw new InvalidEventException(triggerEvent + " event has no event id or no lead id");
        }
        if (Facts.isBlank(candidate.id())) {
            throw new InvalidEventException(triggerEvent + " event " + eventId + " for lead " + leadId
                    + " has no candidate id: nobody to notify");
        }
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
