package io.leadflow.dashboard.web;

import io.leadflow.dashboard.domain.Assignment;

/**
 * One assignment as the live list shows it (and the live stream sends it).
 *
 * @param owner who got the lead, by name
 * @param rule the distribution rule that picked the owner, else the assignment rule that matched; null when none
 * @param acknowledged true when the owner acknowledged an offer to get it
 */
record AssignmentRow(String eventId, String leadId, String lead, String owner, String ownerId, String method,
        String rule, String reason, String assignedAt, Long timeToAssignMillis, Boolean acknowledged) {

    static AssignmentRow of(Assignment assignment) {
        return new AssignmentRow(assignment.eventId(), assignment.leadId(), assignment.lead(),
                assignment.owner().name(), assignment.owner().id(), assignment.method(), assignment.rule(),
                assignment.reason(), assignment.assignedAt().toString(), assignment.timeToAssignMillis(),
                assignment.acknowledgedOffer());
    }
}
