package io.leadflow.assignment.domain;

import java.time.Instant;

/**
 * A response became the lead's active response (a new MQL or a reactivated funnel).
 *
 * @param occurredAt when the response became active; the start of the time to assign
 * @param triggerAssignment false when the activation must not route the lead
 * @param round which activation of the response this is (a first one or a reactivation), and whether the owner
 *     it leads to may be told
 */
public record Activation(
        String responseId,
        String leadId,
        String campaignId,
        String correlationId,
        Instant occurredAt,
        Lead lead,
        boolean triggerAssignment,
        Round round) {

    /** The assignment this activation starts: see {@link Round#assignmentId}. */
    public String assignmentId() {
        return round.assignmentId(responseId);
    }
}
