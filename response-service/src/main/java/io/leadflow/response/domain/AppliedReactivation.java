package io.leadflow.response.domain;

/**
 * A reactivation decision applied to the campaign member it activated: what its {@code response.activated} event
 * is made of.
 */
public record AppliedReactivation(ReactivationDecision decision, CampaignMember member) {

    /** The lead the activation hands on: as the decision saw it (score included) when it says, else as stored. */
    public LeadSnapshot lead() {
        return decision.lead() != null ? decision.lead() : member.response().lead();
    }
}
