package io.leadflow.notification.domain;

import java.time.Instant;

/**
 * An offer ended without the lead going to its candidate: the fact that tells that candidate the lead is no longer
 * available to them, unless the activation behind it asked that nobody be told.
 *
 * @param assignmentId null from writers before it was carried
 * @param responseId null from writers before it was carried
 * @param detail one sentence on what happened; empty from writers before it was carried
 * @param takenBy who acknowledged first, for {@link ExpiryReason#TAKEN_BY_ANOTHER}; null otherwise or when unknown
 */
public record OfferExpiry(
        String triggerEvent,
        String eventId,
        String correlationId,
        String leadId,
        String responseId,
        String assignmentId,
        String offerId,
        Recipient owner,
        Instant offeredAt,
        Instant deadline,
        ExpiryReason reason,
        String detail,
        Recipient takenBy,
        boolean triggerNotification) implements LeadFact {

    public OfferExpiry {
        Facts.requireRecipient(triggerEvent, eventId, leadId, owner, "owner");
    }

    @Override
    public Recipient recipient() {
        return owner;
    }

    @Override
    public Message message() {
        return ExpiryMessages.compose(this);
    }

    @Override
    public <R> R accept(Cases<R> cases) {
        return cases.expired(this);
    }
}
