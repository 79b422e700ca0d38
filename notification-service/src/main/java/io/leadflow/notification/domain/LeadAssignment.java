package io.leadflow.notification.domain;

import java.time.Instant;

/**
 * A lead's final owner was decided: the fact that triggers a notification to that owner, unless the activation
 * behind it asked that nobody be told.
 *
 * @param triggerEvent name of the event that carried the fact, told to receivers so they can route it
 * @param triggerNotification false when the activation asked that nobody be told (a reactivation scenario without
 *     notifications): the notification is recorded as suppressed, never delivered; true from writers before the
 *     flag existed
 */
public record LeadAssignment(
        String triggerEvent,
        String eventId,
        String correlationId,
        String leadId,
        String responseId,
        String campaignId,
        Recipient owner,
        AssignmentMethod method,
        String reason,
        Instant assignedAt,
        long timeToAssignMillis,
        LeadFacts lead,
        boolean triggerNotification) implements LeadFact {

    public LeadAssignment {
        Facts.requireRecipient(triggerEvent, eventId, leadId, owner, "owner");
    }

    @Override
    public Recipient recipient() {
        return owner;
    }

    @Override
    public Message message() {
        return AssignmentMessages.compose(this);
    }

    @Override
    public <R> R accept(Cases<R> cases) {
        return cases.assigned(this);
    }
}
