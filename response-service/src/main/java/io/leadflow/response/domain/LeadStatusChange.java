package io.leadflow.response.domain;

import java.time.Instant;

/** A lead's CRM status changed ({@code lead.status.changed}). */
public record LeadStatusChange(String eventId, String leadId, String status, Instant changedAt) {
}
