package io.leadflow.reactivation.domain.decision;

import io.leadflow.criteria.Criteria;
import io.leadflow.reactivation.domain.scenario.Campaign;
import io.leadflow.reactivation.domain.scenario.Eligibility;
import io.leadflow.reactivation.domain.scenario.PromptCondition;
import io.leadflow.reactivation.domain.scenario.Scenario;
import io.leadflow.reactivation.domain.scenario.ScenarioConfiguration;
import io.leadflow.reactivation.domain.scenario.ScoreCondition;
import io.leadflow.reactivation.domain.scenario.StatusCondition;
import io.leadflow.reactivation.domain.scenario.SyncOption;
import io.leadflow.reactivation.domain.scenario.TriggerType;
import java.time.Duration;
import java.util.List;

/** Object mother of scenarios for the decision tests. */
final class Scenarios {

    static final Duration LOOK_BACK = Duration.ofDays(7);

    private Scenarios() {
    }

    static Scenario score(int threshold) {
        return new Scenario("Late score", TriggerType.SCORE, true, new ScoreCondition(threshold, null), null, null,
                null, Duration.ofMinutes(20), LOOK_BACK, null, false, null, SyncOption.NONE, true, true);
    }

    static Scenario rise(int points) {
        return new Scenario("Score jump", TriggerType.SCORE, true, new ScoreCondition(null, points), null, null,
                null, Duration.ZERO, LOOK_BACK, null, false, null, SyncOption.NONE, true, true);
    }

    static Scenario status() {
        return new Scenario("Back to active", TriggerType.ACTIVE_STATUS, true, null,
                new StatusCondition(List.of("Nurture", "Recycled"), List.of("Open", "Working")), null, null,
                Duration.ZERO, LOOK_BACK, null, false, null, SyncOption.NONE, true, true);
    }

    static Scenario prompt(String campaignId) {
        return new Scenario("Prompt", TriggerType.RESPONSE_PROMPT, true, null, null,
                new PromptCondition(List.of(campaignId)), null, Duration.ZERO, LOOK_BACK, null, false, null,
                SyncOption.NONE, true, true);
    }

    static Scenario invocable() {
        return new Scenario("Task done", TriggerType.INVOCABLE, true, null, null, null, null, Duration.ZERO,
                LOOK_BACK, null, false, null, SyncOption.NONE, true, true);
    }

    /** The scenario, renamed and counting its events only for leads matching {@code leadCriteria}. */
    static Scenario forLeads(Scenario s, String name, Criteria leadCriteria) {
        return new Scenario(name, s.trigger(), s.enabled(), s.score(), s.status(), s.responsePrompt(), leadCriteria,
                s.waitPeriod(), s.lookBack(), s.eligibility(), s.activateNonResponses(), s.defaultCampaignId(),
                s.sync(), s.triggerAssignment(), s.triggerNotification());
    }

    static Scenario withEligibility(Scenario s, Eligibility eligibility) {
        return new Scenario(s.name(), s.trigger(), s.enabled(), s.score(), s.status(), s.responsePrompt(),
                s.leadCriteria(), s.waitPeriod(), s.lookBack(), eligibility, s.activateNonResponses(),
                s.defaultCampaignId(), s.sync(), s.triggerAssignment(), s.triggerNotification());
    }

    static Scenario withFallbacks(Scenario s, boolean activateNonResponses, String defaultCampaignId) {
        return new Scenario(s.name(), s.trigger(), s.enabled(), s.score(), s.status(), s.responsePrompt(),
                s.leadCriteria(), s.waitPeriod(), s.lookBack(), s.eligibility(), activateNonResponses,
                defaultCampaignId, s.sync(), s.triggerAssignment(), s.triggerNotification());
    }

    static ScenarioConfiguration configuration(Scenario... scenarios) {
        return new ScenarioConfiguration(List.of(new Campaign("701-default", "Reactivation default"),
                new Campaign("701-prompt", "Webinar reminder")), List.of(scenarios));
    }
}
