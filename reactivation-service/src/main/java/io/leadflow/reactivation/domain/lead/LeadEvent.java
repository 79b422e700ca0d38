package io.leadflow.reactivation.domain.lead;

import java.time.Instant;

/**
 * An event this service learns from, mapped from its topic at the edge. All events of a lead carry its id as
 * their key, so one consumer sees them in order per topic.
 */
public sealed interface LeadEvent permits LeadEvent.ResponseInserted, LeadEvent.ResponseActivated,
        LeadEvent.ResponseClosed, LeadEvent.ScoreChanged, LeadEvent.StatusChanged, LeadEvent.OwnerChanged,
        LeadEvent.ReactivationRequested {

    String eventId();

    String leadId();

    String correlationId();

    Instant occurredAt();

    /** {@code response.created}: a campaign member (response or non-response) was inserted. */
    record ResponseInserted(String eventId, String leadId, String correlationId, Instant occurredAt,
            String responseId, String campaignId, String campaignName, String memberStatus, boolean responded,
            LeadSnapshot lead) implements LeadEvent {
    }

    /** {@code response.activated}: a response became the active response (new, or reactivated). */
    record ResponseActivated(String eventId, String leadId, String correlationId, Instant occurredAt,
            String responseId, boolean reactivation) implements LeadEvent {
    }

    /** {@code response.closed}: an active response's funnel closed. */
    record ResponseClosed(String eventId, String leadId, String correlationId, Instant occurredAt,
            String responseId) implements LeadEvent {
    }

    /** {@code lead.score.changed}. */
    record ScoreChanged(String eventId, String leadId, String correlationId, Instant occurredAt,
            Integer previousScore, int score) implements LeadEvent {
    }

    /** {@code lead.status.changed}. */
    record StatusChanged(String eventId, String leadId, String correlationId, Instant occurredAt,
            String previousStatus, String status) implements LeadEvent {
    }

    /**
     * {@code lead.owner.changed}: of the lead's owner (its primary agent) when {@code primaryAgent}; of another of
     * its agent roles (assistant, lender, custom) otherwise, which leaves the lead's owner as it is.
     */
    record OwnerChanged(String eventId, String leadId, String correlationId, Instant occurredAt, Owner owner,
            boolean primaryAgent) implements LeadEvent {
    }

    /** {@code reactivation.requested}, or the REST API: run an invocable scenario for the lead. */
    record ReactivationRequested(String eventId, String leadId, String correlationId, Instant occurredAt,
            String scenario, String relatedRecordType, String relatedRecordId, String requestedBy)
            implements LeadEvent {
    }
}
