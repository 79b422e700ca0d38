package io.leadflow.reactivation.domain.scenario;

import java.time.Duration;

/**
 * One reactivation scenario: the event it listens for, how long it waits, where it looks for a response to
 * revive and what it may do instead, and what follows its decision.
 *
 * @param name unique among the scenarios; published as the decision's {@code scenario}
 * @param enabled null means true
 * @param score the SCORE condition (only with that trigger)
 * @param status the ACTIVE_STATUS condition (only with that trigger)
 * @param responsePrompt the RESPONSE_PROMPT campaigns (only with that trigger)
 * @param waitPeriod how long after the event the scenario fires, if the event still holds then (null: at once)
 * @param lookBack how far back a response may lie to be reactivated
 * @param eligibility which responses of the look-back period may be reactivated (null: all)
 * @param activateNonResponses when no response is eligible, make the most recent eligible non-response active
 * @param defaultCampaignId when nothing is eligible, insert a default campaign member in this campaign
 * @param sync fields the CRM should write when the scenario decides (null: none)
 * @param triggerAssignment whether the reactivated response is routed (null means true)
 * @param triggerNotification whether the new owner is told (null means true)
 */
public record Scenario(String name, TriggerType trigger, Boolean enabled, ScoreCondition score,
        StatusCondition status, PromptCondition responsePrompt, Duration waitPeriod, Duration lookBack,
        Eligibility eligibility, Boolean activateNonResponses, String defaultCampaignId, SyncOption sync,
        Boolean triggerAssignment, Boolean triggerNotification) {

    public boolean isEnabled() {
        return !Boolean.FALSE.equals(enabled);
    }

    public Duration effectiveWait() {
        return waitPeriod == null ? Duration.ZERO : waitPeriod;
    }

    public Eligibility effectiveEligibility() {
        return eligibility == null ? Eligibility.ANY_RESPONSE : eligibility;
    }

    public boolean activatesNonResponses() {
        return Boolean.TRUE.equals(activateNonResponses);
    }

    public SyncOption effectiveSync() {
        return sync == null ? SyncOption.NONE : sync;
    }

    public boolean assigns() {
        return !Boolean.FALSE.equals(triggerAssignment);
    }

    public boolean notifies() {
        return !Boolean.FALSE.equals(triggerNotification);
    }
}
