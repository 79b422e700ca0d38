package io.leadflow.response.domain;

import java.time.Instant;

/**
 * A campaign-member response with what this service decided about it.
 *
 * @param resolution why the response has its status, in a sentence
 * @param activatedAt when it last became an active response (a new one, or reactivated); null if it never did
 * @param activationPublished whether the {@code response.activated} event of that activation has been confirmed
 *     by Kafka
 * @param closure how its funnel closed; null while open or if it never was active
 * @param firstOwner first-owner metrics; null until the lead's owner is decided
 * @param reactivation how reactivation decisions activated it; null if none did
 */
public record CampaignMember(
        CampaignResponse response,
        ResponseStatus responseStatus,
        String resolution,
        Instant activatedAt,
        boolean activationPublished,
        FunnelClosure closure,
        FirstOwner firstOwner,
        Reactivation reactivation) {

    public static CampaignMember activated(CampaignResponse response, Instant activatedAt) {
        return new CampaignMember(response, ResponseStatus.ACTIVE,
                "meets the funnel criteria: new active response", activatedAt, false, null, null, null);
    }

    public static CampaignMember resolvedNoAction(CampaignResponse response, FunnelVerdict verdict) {
        return new CampaignMember(response, ResponseStatus.RESOLVED_NO_ACTION,
                "does not meet the funnel criteria: " + String.join("; ", verdict.unmetCriteria()),
                null, false, null, null, null);
    }

    public static CampaignMember resolvedActiveResponseExists(CampaignResponse response, String openResponseId) {
        return new CampaignMember(response, ResponseStatus.RESOLVED_ACTIVE_RESPONSE_EXISTS,
                "meets the funnel criteria, but lead " + response.leadId()
                        + " already has the open active response " + openResponseId,
                null, false, null, null, null);
    }

    /**
     * The default campaign member a decision inserts, active at once: it responded when the decision was made, and
     * holds the lead as the decision saw it (which the decision must carry).
     */
    public static CampaignMember defaultMember(ReactivationDecision decision, Instant activatedAt) {
        CampaignResponse response = new CampaignResponse(decision.memberId(), decision.leadId(),
                decision.correlationId(), decision.defaultCampaignId(), decision.defaultCampaignName(), "Responded",
                true, decision.occurredAt(), decision.lead());
        return new CampaignMember(response, ResponseStatus.ACTIVE,
                "default campaign member inserted by scenario " + decision.scenario() + because(decision),
                activatedAt, false, null, null, Reactivation.after(null, decision, activatedAt));
    }

    /**
     * The same member reactivated by a decision: active again in a new funnel, counted from {@code activatedAt}
     * (its first owner, if it had one, stays: first-owner metrics are set once).
     */
    public CampaignMember reactivatedBy(ReactivationDecision decision, Instant activatedAt) {
        return new CampaignMember(response, ResponseStatus.ACTIVE,
                "reactivated by scenario " + decision.scenario() + because(decision), activatedAt, false, null,
                firstOwner, Reactivation.after(reactivation, decision, activatedAt));
    }

    private static String because(ReactivationDecision decision) {
        return decision.reason() == null || decision.reason().isBlank() ? "" : ": " + decision.reason();
    }

    /** The same member once Kafka confirmed its {@code response.activated} event. */
    public CampaignMember published() {
        return new CampaignMember(response, responseStatus, resolution, activatedAt, true, closure, firstOwner,
                reactivation);
    }

    /** The same member once its funnel closed. */
    public CampaignMember closed(FunnelClosure closure) {
        return new CampaignMember(response, ResponseStatus.CLOSED, resolution, activatedAt, activationPublished,
                closure, firstOwner, reactivation);
    }

    /** The same member with its first-owner metrics. */
    public CampaignMember withFirstOwner(FirstOwner first) {
        return new CampaignMember(response, responseStatus, resolution, activatedAt, activationPublished, closure,
                first, reactivation);
    }

    public String responseId() {
        return response.responseId();
    }

    /** Activated, but Kafka has not confirmed the event yet (e.g. the service stopped in between). */
    public boolean awaitsActivationPublication() {
        return activatedAt != null && !activationPublished;
    }

    /** Whether its latest activation is the one {@code decision} made. */
    public boolean lastActivatedBy(ReactivationDecision decision) {
        return reactivation != null && reactivation.decisionId().equals(decision.eventId());
    }
}
