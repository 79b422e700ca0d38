package io.leadflow.reactivation.domain.decision;

import io.leadflow.reactivation.domain.run.Action;

/**
 * What a scenario that fires does: an action, or nothing (with why).
 *
 * @param action null when nothing is eligible
 * @param responseId REACTIVATE_RESPONSE / ACTIVATE_NON_RESPONSE: the member
 * @param campaignId the member's campaign, or the default campaign
 * @param reason the choice in words
 */
public record Selection(Action action, String responseId, String campaignId, String campaignName, String reason) {

    static Selection nothing(String reason) {
        return new Selection(null, null, null, null, reason);
    }

    public boolean decided() {
        return action != null;
    }
}
