package io.leadflow.response.domain;

import java.time.Instant;

/** Object mother for reactivation decisions of lead 00Q-1: valid ones, changed where a test needs. */
final class Decisions {

    static final Instant DECIDED_AT = Instant.parse("2026-11-23T20:00:00.250Z");
    static final LeadSnapshot LEAD_NOW = new LeadSnapshot(new Owner("005-alice", OwnerKind.USER, "Alice Archer"), 95,
            "Working", Responses.response(true, 85, "Open").lead().attributes());

    private Decisions() {
    }

    /** Reactivates a response of lead 00Q-1, with the lead as it is now. */
    static ReactivationDecision reactivate(String eventId, String responseId) {
        return decision(eventId, ReactivationAction.REACTIVATE_RESPONSE, responseId, LEAD_NOW);
    }

    static ReactivationDecision activateNonResponse(String eventId, String responseId) {
        return decision(eventId, ReactivationAction.ACTIVATE_NON_RESPONSE, responseId, LEAD_NOW);
    }

    static ReactivationDecision insertDefaultMember(String eventId, LeadSnapshot lead) {
        return new ReactivationDecision(eventId, "00Q-1", "corr-" + eventId, DECIDED_AT, "Score",
                ReactivationAction.INSERT_DEFAULT_MEMBER, null, "701-default", "Default Campaign", true, false, lead,
                "score rose to 95");
    }

    static ReactivationDecision decision(String eventId, ReactivationAction action, String responseId,
            LeadSnapshot lead) {
        return new ReactivationDecision(eventId, "00Q-1", "corr-" + eventId, DECIDED_AT, "Score", action, responseId,
                null, null, true, false, lead, "score rose to 95");
    }

    /** The same decision made at another time. */
    static ReactivationDecision at(ReactivationDecision decision, Instant occurredAt) {
        return new ReactivationDecision(decision.eventId(), decision.leadId(), decision.correlationId(), occurredAt,
                decision.scenario(), decision.action(), decision.responseId(), decision.defaultCampaignId(),
                decision.defaultCampaignName(), decision.triggerAssignment(), decision.triggerNotification(),
                decision.lead(), decision.reason());
    }
}
