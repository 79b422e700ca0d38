package io.leadflow.assignment.domain;

import java.time.Instant;

/**
 * A response became the lead's active response (a new MQL or a reactivated funnel).
 *
 * @param occurredAt when the response became active; the start of the time to assign
 * @param triggerAssignment false when the activation must not route the lead
 */
public record Activation(
        String responseId,
        String leadId,
        String campaignId,
        String correlationId,
        Instant occurredAt,
        Lead lead,
        boolean triggerAssignment) {
}
