package io.leadflow.reactivation.domain.lead;

import java.time.Instant;

/**
 * One campaign member of a lead, as events told this service about it.
 *
 * @param respondedAt when the member was inserted (the {@code response.created} event's time)
 * @param heldBy the lead's open active response when this one arrived (null: none)
 * @param activatedAt when it last became the active response (null: never)
 * @param closedAt when its funnel last closed (null: never, or reactivated since)
 * @param reactivations how many times a reactivation made it active
 */
public record CampaignHistoryEntry(String responseId, String campaignId, String campaignName,
        String memberStatus, boolean responded, Instant respondedAt, String heldBy, Instant activatedAt,
        Instant closedAt, int reactivations) {

    public static CampaignHistoryEntry inserted(String responseId, String campaignId, String campaignName,
            String memberStatus, boolean responded, Instant respondedAt, String heldBy) {
        return new CampaignHistoryEntry(responseId, campaignId, campaignName, memberStatus, responded, respondedAt,
                heldBy, null, null, 0);
    }

    public CampaignHistoryEntry activated(Instant at, boolean reactivation) {
        return new CampaignHistoryEntry(responseId, campaignId, campaignName, memberStatus, responded, respondedAt,
                heldBy, at, null, reactivations + (reactivation ? 1 : 0));
    }

    public CampaignHistoryEntry closed(Instant at) {
        return new CampaignHistoryEntry(responseId, campaignId, campaignName, memberStatus, responded, respondedAt,
                heldBy, activatedAt, at, reactivations);
    }

    public ResponseStatusLabel status() {
        if (activatedAt != null) {
            return closedAt == null ? ResponseStatusLabel.ACTIVE : ResponseStatusLabel.CLOSED;
        }
        return heldBy == null ? ResponseStatusLabel.RESOLVED_NO_ACTION_REQUIRED
                : ResponseStatusLabel.RESOLVED_ACTIVE_RESPONSE_EXISTS;
    }

    public boolean reactivatedBefore() {
        return reactivations > 0;
    }
}
