package io.leadflow.response.domain;

import java.time.Instant;

/** The final owner of a response's lead was decided ({@code lead.assigned}). */
public record LeadAssignment(
        String eventId,
        String leadId,
        String responseId,
        Owner owner,
        AssignmentMethod method,
        Instant assignedAt,
        long timeToAssignMillis) {

    public FirstOwner asFirstOwner() {
        return new FirstOwner(owner, assignedAt, timeToAssignMillis, method, eventId);
    }
}
