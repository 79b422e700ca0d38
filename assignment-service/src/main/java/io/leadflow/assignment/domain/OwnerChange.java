package io.leadflow.assignment.domain;

import java.time.Instant;

/**
 * A lead's owner changed in the CRM, by a person, an assignment rule or an external engine.
 *
 * @param previousOwner null when the lead was unassigned or the CRM did not say
 * @param changedBy who or what made the change, e.g. {@code matchmaker}; null when unknown
 */
public record OwnerChange(
        String eventId,
        String leadId,
        Instant occurredAt,
        Owner previousOwner,
        Owner newOwner,
        String changedBy) {
}
