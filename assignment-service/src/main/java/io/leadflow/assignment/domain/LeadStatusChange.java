package io.leadflow.assignment.domain;

import java.time.Instant;

/** A lead's status in the CRM changed; closed statuses take the lead out of its owner's load. */
public record LeadStatusChange(String leadId, String status, Instant occurredAt) {
}
