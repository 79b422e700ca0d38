package io.leadflow.reactivation.domain.lead;

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
}
