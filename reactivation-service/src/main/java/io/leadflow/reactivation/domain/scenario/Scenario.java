package io.leadflow.reactivation.domain.scenario;

import io.leadflow.criteria.Criteria;
import io.leadflow.criteria.Match;
import java.time.Duration;

/**
 * One reactivation scenario: the event it listens for (its trigger condition, and which leads it counts for), how
 * long it waits, where it looks for a response to revive and what it may do instead, and what follows its
 * decision.
 *
 * @param name unique among the scenarios; published as the decision's {@code scenario}
 * @param enabled null means true
 * @param score the SCORE condition (only with that trigger)
 * @param status the ACTIVE_STATUS condition (only with that trigger)
 * @param responsePrompt the RESPONSE_PROMPT campaigns (only with that trigger)
 * @param leadCriteria the leads the event counts for, as the lead is after the event (null: every lead); the
 *     criteria language of assignment rules, without {@code region}; {@code campaignId} is the response-prompt
 *     campaign of a RESPONSE_PROMPT event
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
        StatusCondition status, PromptCondition responsePrompt, Criteria leadCriteria, Duration waitPeriod,
        Duration lookBack, Eligibility eligibility, Boolean activateNonResponses, String defaultCampaignId,
        SyncOption sync, Boolean triggerAssignment, Boolean triggerNotification) {

    /** Criteria without conditions: every lead. */
    public static final Criteria EVERY_LEAD = new Criteria(Match.ALL, null, null);

    public boolean isEnabled() {
        return !Boolean.FALSE.equals(enabled);
    }

    public Criteria effectiveLeadCriteria() {
        return leadCriteria == null ? EVERY_LEAD : leadCriteria;
    }

    /** Whether the scenario counts its event only for some leads. */
    public boolean limitsLeads() {
        return leadCriteria != null && !leadCriteria.matchesEverything();
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
