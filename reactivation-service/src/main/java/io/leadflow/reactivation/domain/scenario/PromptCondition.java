package io.leadflow.reactivation.domain.scenario;

import java.util.List;

/** The response-prompt campaigns whose responses revive a recent response instead of becoming active. */
public record PromptCondition(List<String> campaignIds) {

    public PromptCondition {
        campaignIds = campaignIds == null ? List.of() : List.copyOf(campaignIds);
    }

    public boolean isMetBy(String campaignId) {
        return campaignIds.contains(campaignId);
    }
}
