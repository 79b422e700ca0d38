package io.leadflow.reactivation.domain.scenario;

import io.leadflow.criteria.Criteria;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Object mother for scenarios: one valid, realistic scenario of each trigger, to change one thing at a time.
 * Their campaigns are those of {@link ScenarioConfigurationMother}.
 */
public final class ScenarioMother {

    private String name;
    private TriggerType trigger;
    private Boolean enabled;
    private ScoreCondition score;
    private StatusCondition status;
    private PromptCondition responsePrompt;
    private Criteria leadCriteria;
    private Duration waitPeriod;
    private Duration lookBack;
    private Eligibility eligibility;
    private Boolean activateNonResponses;
    private String defaultCampaignId;
    private SyncOption sync;
    private Boolean triggerAssignment;
    private Boolean triggerNotification;

    private ScenarioMother(String name, TriggerType trigger) {
        this.name = name;
        this.trigger = trigger;
    }

    /** Late score: the score crosses 50; after 20 minutes, revive a response of the last 30 days or insert one. */
    public static ScenarioMother aScoreScenario() {
        ScenarioMother scenario = new ScenarioMother("Late score", TriggerType.SCORE);
        scenario.score = new ScoreCondition(50, null);
        scenario.waitPeriod = Duration.ofMinutes(20);
        scenario.lookBack = Duration.ofDays(30);
        scenario.eligibility = new Eligibility(EligibilityMatch.ANY, true,
                List.of("Resolved - No Action Required"), Duration.ofDays(14));
        scenario.activateNonResponses = true;
        scenario.defaultCampaignId = ScenarioConfigurationMother.SCORE_DEFAULT;
        scenario.sync = new SyncOption(orderedMap("Reactivation_Scenario__c", "{scenario}",
                "Reactivated_At__c", "{decidedAt}"));
        scenario.triggerAssignment = true;
        scenario.triggerNotification = true;
        return scenario;
    }

    /** Back to working: a lead in Nurture or Recycled becomes Working (passive mode); revive a response of 90 days. */
    public static ScenarioMother anActiveStatusScenario() {
        ScenarioMother scenario = new ScenarioMother("Back to working", TriggerType.ACTIVE_STATUS);
        scenario.status = new StatusCondition(List.of("Nurture", "Recycled"), List.of("Working"));
        scenario.lookBack = Duration.ofDays(90);
        return scenario;
    }

    /** Contact us: a response in the contact-us prompt campaign revives a response of the last 7 days instead. */
    public static ScenarioMother aResponsePromptScenario() {
        ScenarioMother scenario = new ScenarioMother("Contact us", TriggerType.RESPONSE_PROMPT);
        scenario.responsePrompt = new PromptCondition(List.of(ScenarioConfigurationMother.CONTACT_US));
        scenario.lookBack = Duration.ofDays(7);
        scenario.eligibility = new Eligibility(EligibilityMatch.ALL, null,
                List.of("Resolved - No Action Required", "Resolved - Active Response Exists", "Closed"), null);
        return scenario;
    }

    /** Sales asked: invoked by name; revives a response of 60 days or inserts a sales-request member. */
    public static ScenarioMother anInvocableScenario() {
        ScenarioMother scenario = new ScenarioMother("Sales asked", TriggerType.INVOCABLE);
        scenario.lookBack = Duration.ofDays(60);
        scenario.defaultCampaignId = ScenarioConfigurationMother.SALES_REQUEST;
        scenario.triggerNotification = false;
        return scenario;
    }

    public ScenarioMother withName(String name) {
        this.name = name;
        return this;
    }

    public ScenarioMother withTrigger(TriggerType trigger) {
        this.trigger = trigger;
        return this;
    }

    public ScenarioMother disabled() {
        this.enabled = false;
        return this;
    }

    public ScenarioMother withScore(ScoreCondition score) {
        this.score = score;
        return this;
    }

    public ScenarioMother withStatus(StatusCondition status) {
        this.status = status;
        return this;
    }

    public ScenarioMother withStatus(List<String> inactive, List<String> active) {
        return withStatus(new StatusCondition(inactive, active));
    }

    public ScenarioMother withResponsePrompt(PromptCondition responsePrompt) {
        this.responsePrompt = responsePrompt;
        return this;
    }

    public ScenarioMother withPromptCampaigns(String... campaignIds) {
        return withResponsePrompt(new PromptCondition(List.of(campaignIds)));
    }

    public ScenarioMother withLeadCriteria(Criteria leadCriteria) {
        this.leadCriteria = leadCriteria;
        return this;
    }

    public ScenarioMother withWaitPeriod(Duration waitPeriod) {
        this.waitPeriod = waitPeriod;
        return this;
    }

    public ScenarioMother withLookBack(Duration lookBack) {
        this.lookBack = lookBack;
        return this;
    }

    public ScenarioMother withEligibility(Eligibility eligibility) {
        this.eligibility = eligibility;
        return this;
    }

    public ScenarioMother withActivateNonResponses(Boolean activateNonResponses) {
        this.activateNonResponses = activateNonResponses;
        return this;
    }

    public ScenarioMother withDefaultCampaignId(String defaultCampaignId) {
        this.defaultCampaignId = defaultCampaignId;
        return this;
    }

    public ScenarioMother withSync(Map<String, String> fields) {
        this.sync = new SyncOption(fields);
        return this;
    }

    public Scenario build() {
        return new Scenario(name, trigger, enabled, score, status, responsePrompt, leadCriteria, waitPeriod, lookBack,
                eligibility, activateNonResponses, defaultCampaignId, sync, triggerAssignment, triggerNotification);
    }

    /** A map that keeps its order (and may hold a null value), for sync fields. */
    public static Map<String, String> orderedMap(String... namesAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return map;
    }
}
