package io.leadflow.response.domain;

import java.time.Instant;

/**
 * The first-owner metrics of a campaign member: who first owned the lead after the response became
 * active, and how long that took.
 *
 * @param eventId the {@code lead.assigned} event the metrics come from
 */
public record FirstOwner(
        Owner owner, Instant assignedAt, long timeToFirstOwnerMillis, AssignmentMethod method, String eventId) {
}
