package io.leadflow.notification.domain;

import io.leadflow.platform.events.InvalidEventException;
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
        if (Facts.isBlank(eventId) || Facts.isBlank(leadId)) {
            throw new InvalidEventException(triggerEvent + " event has no event id or no lead id");
        }
        if (Facts.isBlank(owner.id())) {
            throw new InvalidEventException(triggerEvent + " event " + eventId + " for lead " + leadId
                    + " has no owner id: nobody to notify");
        }
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
