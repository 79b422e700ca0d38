package io.leadflow.reactivation.domain.lead;

import io.leadflow.criteria.LeadFacts;
import io.leadflow.criteria.LeadProfile;

/** The lead as this service knows it now: the latest owner, score, status and attributes seen in events. */
public record LeadSnapshot(Owner owner, Integer score, String status, LeadAttributes attributes) {

    public static final LeadSnapshot UNKNOWN = new LeadSnapshot(null, null, null, LeadAttributes.NONE);

    public LeadSnapshot withOwner(Owner newOwner) {
        return new LeadSnapshot(newOwner, score, status, attributes);
    }

    public LeadSnapshot withScore(Integer newScore) {
        return new LeadSnapshot(owner, newScore, status, attributes);
    }

    public LeadSnapshot withStatus(String newStatus) {
        return new LeadSnapshot(owner, score, newStatus, attributes);
    }

    /**
     * The lead as a scenario's lead criteria see it: its score, status and attributes. This service knows no
     * regions, so {@code region} has no value (the configuration refuses conditions on it).
     *
     * @param campaignId the campaign of the response that is the event (RESPONSE_PROMPT), else null
     */
    public LeadFacts facts(String campaignId) {
        LeadAttributes known = attributes == null ? LeadAttributes.NONE : attributes;
        return LeadProfile.builder()
                .companySize(known.companySize())
                .score(score)
                .country(known.country())
                .state(known.state())
                .company(known.company())
                .industry(known.industry())
                .tags(known.tags())
                .title(known.title())
                .status(status)
                .email(known.email())
                .campaignId(campaignId)
                .custom(known.custom())
                .build();
    }
}
