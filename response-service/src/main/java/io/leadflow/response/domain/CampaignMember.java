package io.leadflow.response.domain;

import java.time.Instant;

/**
 * A campaign-member response with what this service decided about it.
 *
 * @param resolution why the response has its status, in a sentence
 * @param activatedAt when it became the active response; null if it never did
 * @param activationPublished whether its {@code response.activated} event has been confirmed by Kafka
 * @param closure how its funnel closed; null while open or if it never was active
 * @param firstOwner first-owner metrics; null until the lead's owner is decided
 */
public record CampaignMember(
        CampaignResponse response,
        ResponseStatus responseStatus,
        String resolution,
        Instant activatedAt,
        boolean activationPublished,
        FunnelClosure closure,
        FirstOwner firstOwner) {

    public static CampaignMember activated(CampaignResponse response, Instant activatedAt) {
        return new CampaignMember(response, ResponseStatus.ACTIVE,
                "meets the funnel criteria: new active response", activatedAt, false, null, null);
    }

    public static CampaignMember resolvedNoAction(CampaignResponse response, FunnelVerdict verdict) {
        return new CampaignMember(response, ResponseStatus.RESOLVED_NO_ACTION,
                "does not meet the funnel criteria: " + String.join("; ", verdict.unmetCriteria()),
                null, false, null, null);
    }

    public static CampaignMember resolvedActiveResponseExists(CampaignResponse response, String openResponseId) {
        return new CampaignMember(response, ResponseStatus.RESOLVED_ACTIVE_RESPONSE_EXISTS,
                "meets the funnel criteria, but lead " + response.leadId()
                        + " already has the open active response " + openResponseId,
                null, false, null, null);
    }

    /** The same member once Kafka confirmed its {@code response.activated} event. */
    public CampaignMember published() {
        return new CampaignMember(response, responseStatus, resolution, activatedAt, true, closure, firstOwner);
    }

    /** The same member once its funnel closed. */
    public CampaignMember closed(FunnelClosure closure) {
        return new CampaignMember(response, ResponseStatus.CLOSED, resolution, activatedAt, activationPublished,
                closure, firstOwner);
    }

    /** The same member with its first-owner metrics. */
    public CampaignMember withFirstOwner(FirstOwner first) {
        return new CampaignMember(response, responseStatus, resolution, activatedAt, activationPublished, closure,
                first);
    }

    public String responseId() {
        return response.responseId();
    }

    /** Activated, but Kafka has not confirmed the event yet (e.g. the service stopped in between). */
    public boolean awaitsActivationPublication() {
        return activatedAt != null && !activationPublished;
    }
}
