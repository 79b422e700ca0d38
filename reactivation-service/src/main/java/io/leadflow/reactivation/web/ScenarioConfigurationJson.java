package io.leadflow.reactivation.web;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import io.leadflow.criteria.Condition;
import io.leadflow.criteria.Criteria;
import io.leadflow.criteria.Match;
import io.leadflow.criteria.Operator;
import io.leadflow.reactivation.domain.scenario.Campaign;
import io.leadflow.reactivation.domain.scenario.Eligibility;
import io.leadflow.reactivation.domain.scenario.EligibilityMatch;
import io.leadflow.reactivation.domain.scenario.PromptCondition;
import io.leadflow.reactivation.domain.scenario.Scenario;
import io.leadflow.reactivation.domain.scenario.ScenarioConfiguration;
import io.leadflow.reactivation.domain.scenario.ScoreCondition;
import io.leadflow.reactivation.domain.scenario.StatusCondition;
import io.leadflow.reactivation.domain.scenario.SyncOption;
import io.leadflow.reactivation.domain.scenario.TriggerType;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The scenario configuration as the REST API reads and writes it: the JSON contract, kept apart from the domain
 * model so that either can change without breaking the other. Its shape mirrors the model, so the validator's
 * paths ({@code scenarios[1].lookBack}) point into this JSON. A list may be left out (it is then empty) but may
 * not hold null entries; durations are ISO-8601 ({@code PT20M}, {@code P30D}); enums are their names.
 */
@Schema(name = "ScenarioConfiguration", description = "Every reactivation scenario, and the campaigns they name. "
        + "With no scenario, nothing is reactivated.")
record ScenarioConfigurationJson(
        @Schema(description = "The campaigns the scenarios name (default campaigns, response-prompt campaigns).")
        @JsonSetter(contentNulls = Nulls.FAIL) List<CampaignJson> campaigns,
        @Schema(description = "The scenarios. Two enabled scenarios may not fire on the same event.")
        @JsonSetter(contentNulls = Nulls.FAIL) List<ScenarioJson> scenarios) {

    @Schema(name = "Campaign", description = "A campaign, as the CRM names it.")
    record CampaignJson(
            @Schema(description = "The CRM campaign id; unique.", example = "701-score-default") String id,
            @Schema(description = "What people call it.", example = "Score Reactivation") String name) {
    }

    @Schema(name = "Scenario", description = "One reactivation scenario: the event it listens for, how long it "
            + "waits, where it looks for a response to revive and what it may do instead, and what follows.")
    record ScenarioJson(
            @Schema(description = "Unique; published as the decision's scenario and used to invoke it.",
                    example = "Late score") String name,
            @Schema(description = "The event the scenario listens for. SCORE needs `score`, ACTIVE_STATUS needs "
                    + "`status`, RESPONSE_PROMPT needs `responsePrompt`, INVOCABLE (invoked by name) needs none; "
                    + "a condition of another trigger is refused.") TriggerType trigger,
            @Schema(description = "Left out: true. A disabled scenario never reactivates anything.")
            Boolean enabled,
            @Schema(description = "SCORE only: when a score change is the event.") ScoreConditionJson score,
            @Schema(description = "ACTIVE_STATUS only: when a status change is the event.")
            StatusConditionJson status,
            @Schema(description = "RESPONSE_PROMPT only: the campaigns whose responses are the event.")
            PromptConditionJson responsePrompt,
            @Schema(description = "Which leads the event counts for, tested on the lead as it is after the event "
                    + "(the criteria of assignment rules, without region); left out: every lead. Two enabled "
                    + "scenarios of one trigger may only both exist when no lead can match both lead criteria.")
            LeadCriteriaJson leadCriteria,
            @Schema(description = "How long after the event the scenario decides, if the event still holds then "
                    + "(ISO-8601, not negative; left out: at once).", implementation = String.class,
                    format = "duration", example = "PT20M")
            @IsoDuration Duration waitPeriod,
            @Schema(description = "How far back a response may lie to be reactivated (ISO-8601, positive, at least "
                    + "the wait period).", implementation = String.class, format = "duration", example = "P30D")
            @IsoDuration Duration lookBack,
            @Schema(description = "Which responses of the look-back period may be reactivated; left out: all.")
            EligibilityJson eligibility,
            @Schema(description = "When no response is eligible, make the most recent eligible non-response "
                    + "active. Left out: false.") Boolean activateNonResponses,
            @Schema(description = "When nothing is eligible, insert a campaign member in this campaign (one of "
                    + "`campaigns`); left out: do nothing.", example = "701-score-default") String defaultCampaignId,
            @Schema(description = "Fields the CRM should write on the lead when the scenario decides; left out: "
                    + "none.") SyncJson sync,
            @Schema(description = "Whether the reactivated response is routed. Left out: true.")
            Boolean triggerAssignment,
            @Schema(description = "Whether the new owner is told. Left out: true.") Boolean triggerNotification) {
    }

    @Schema(name = "ScoreCondition", description = "When a score change is the event: every condition given must "
            + "hold, and at least one must be given.")
    record ScoreConditionJson(
            @Schema(description = "The score crosses it: the previous score was below it (or unknown) and the new "
                    + "one is at least it. 0 or more.", example = "50") Integer threshold,
            @Schema(description = "The score rose by at least this many points. 1 or more.", example = "10")
            Integer minIncrease) {
    }

    @Schema(name = "StatusCondition", description = "When a status change is the event: from one of the inactive "
            + "statuses to one of the active ones, ignoring case. Both lists are needed and may not share a status.")
    record StatusConditionJson(
            @Schema(example = "[\"Nurture\", \"Recycled\"]") @JsonSetter(contentNulls = Nulls.FAIL)
            List<String> inactive,
            @Schema(example = "[\"Working\"]") @JsonSetter(contentNulls = Nulls.FAIL) List<String> active) {
    }

    @Schema(name = "PromptCondition", description = "The response-prompt campaigns whose responses revive a recent "
            + "response instead of becoming active.")
    record PromptConditionJson(
            @Schema(description = "At least one; each one of `campaigns`. Two enabled scenarios may not share one.",
                    example = "[\"701-contact-us\"]") @JsonSetter(contentNulls = Nulls.FAIL)
            List<String> campaignIds) {
    }

    @Schema(name = "LeadCriteria", description = "Conditions combined with AND (ALL) or OR (ANY), with nested "
            + "groups, as in assignment rules: e.g. country IN [US] AND (companySize AT_LEAST 1000 OR tags IN "
            + "[strategic]). Without conditions, every lead matches.")
    record LeadCriteriaJson(
            @Schema(description = "ALL (AND, the default) or ANY (OR).") Match match,
            @JsonSetter(contentNulls = Nulls.FAIL) List<LeadConditionJson> conditions,
            @Schema(description = "Nested criteria, each one part of this one.")
            @JsonSetter(contentNulls = Nulls.FAIL) List<LeadCriteriaJson> groups) {
    }

    @Schema(name = "LeadCondition", description = "One test of the lead: a field (companySize, score, country, "
            + "state, company, industry, tags, title, status, email, emailDomain, custom.<name>; campaignId in "
            + "RESPONSE_PROMPT scenarios, the prompt's campaign), an operator and its values. Text compares "
            + "ignoring case.")
    record LeadConditionJson(
            @Schema(example = "country") String field,
            @Schema(description = "IN, NOT_IN, BETWEEN (two numbers), AT_LEAST, AT_MOST (one number), MATCHES "
                    + "(patterns with * and ?), CONTAINS_ALL (tags), PRESENT, ABSENT (no values).") Operator operator,
            @Schema(example = "[\"US\", \"CA\"]") @JsonSetter(contentNulls = Nulls.FAIL) List<String> values) {

        static LeadConditionJson of(Condition condition) {
            return new LeadConditionJson(condition.field(), condition.operator(), condition.values());
        }

        Condition toDomain() {
            return new Condition(field, operator, values);
        }
    }

    @Schema(name = "Eligibility", description = "Which responses of the look-back period may be reactivated: those "
            + "meeting at least one (ANY, the default) or every (ALL) criterion given. With none given, every response "
            + "of the look-back period is eligible.")
    record EligibilityJson(
            @Schema(description = "Left out: ANY.") EligibilityMatch match,
            @Schema(description = "true: a response never reactivated before meets this criterion.")
            Boolean notReactivatedBefore,
            @Schema(description = "Response statuses that meet this criterion: Resolved - No Action Required, "
                    + "Resolved - Active Response Exists or Closed.",
                    example = "[\"Resolved - No Action Required\"]") @JsonSetter(contentNulls = Nulls.FAIL)
            List<String> responseStatuses,
            @Schema(description = "A response at most this old meets this criterion (ISO-8601, positive; longer "
                    + "than the look-back is warned about).", implementation = String.class, format = "duration",
                    example = "P14D") @IsoDuration Duration within) {
    }

    @Schema(name = "Sync", description = "Fields the CRM writes on the lead when the scenario decides "
            + "(lead.update.requested).")
    record SyncJson(
            @Schema(description = "CRM field name to value. A value may name what was decided: {scenario}, "
                    + "{trigger}, {action}, {decidedAt} (ISO-8601 instant), {responseId}, {campaignId}.",
                    example = "{\"Reactivation_Scenario__c\": \"{scenario}\"}") Map<String, String> fields) {
    }

    static ScenarioConfigurationJson of(ScenarioConfiguration configuration) {
        return new ScenarioConfigurationJson(
                configuration.campaigns().stream().map(campaign -> new CampaignJson(campaign.id(), campaign.name()))
                        .toList(),
                configuration.scenarios().stream().map(ScenarioConfigurationJson::json).toList());
    }

    ScenarioConfiguration toDomain() {
        return new ScenarioConfiguration(
                campaigns == null ? null
                        : campaigns.stream().map(campaign -> new Campaign(campaign.id(), campaign.name())).toList(),
                scenarios == null ? null : scenarios.stream().map(ScenarioConfigurationJson::scenario).toList());
    }

    private static ScenarioJson json(Scenario scenario) {
        ScoreCondition score = scenario.score();
        StatusCondition status = scenario.status();
        PromptCondition prompt = scenario.responsePrompt();
        Eligibility eligibility = scenario.eligibility();
        SyncOption sync = scenario.sync();
        return new ScenarioJson(scenario.name(), scenario.trigger(), scenario.enabled(),
                score == null ? null : new ScoreConditionJson(score.threshold(), score.minIncrease()),
                status == null ? null : new StatusConditionJson(status.inactive(), status.active()),
                prompt == null ? null : new PromptConditionJson(prompt.campaignIds()),
                scenario.leadCriteria() == null ? null : criteria(scenario.leadCriteria()),
                scenario.waitPeriod(), scenario.lookBack(),
                eligibility == null ? null : new EligibilityJson(eligibility.match(),
                        eligibility.notReactivatedBefore(), eligibility.responseStatuses(), eligibility.within()),
                scenario.activateNonResponses(), scenario.defaultCampaignId(),
                sync == null ? null : new SyncJson(sync.fields()),
                scenario.triggerAssignment(), scenario.triggerNotification());
    }

    private static Scenario scenario(ScenarioJson json) {
        ScoreConditionJson score = json.score();
        StatusConditionJson status = json.status();
        PromptConditionJson prompt = json.responsePrompt();
        EligibilityJson eligibility = json.eligibility();
        return new Scenario(json.name(), json.trigger(), json.enabled(),
                score == null ? null : new ScoreCondition(score.threshold(), score.minIncrease()),
                status == null ? null : new StatusCondition(status.inactive(), status.active()),
                prompt == null ? null : new PromptCondition(prompt.campaignIds()),
                json.leadCriteria() == null ? null : criteria(json.leadCriteria()),
                json.waitPeriod(), json.lookBack(),
                eligibility == null ? null : new Eligibility(eligibility.match(), eligibility.notReactivatedBefore(),
                        eligibility.responseStatuses(), eligibility.within()),
                json.activateNonResponses(), json.defaultCampaignId(),
                json.sync() == null ? null : new SyncOption(json.sync().fields()),
                json.triggerAssignment(), json.triggerNotification());
    }

    private static LeadCriteriaJson criteria(Criteria criteria) {
        return new LeadCriteriaJson(criteria.match(),
                criteria.conditions().stream().map(LeadConditionJson::of).toList(),
                criteria.groups().stream().map(ScenarioConfigurationJson::criteria).toList());
    }

    private static Criteria criteria(LeadCriteriaJson json) {
        List<LeadConditionJson> conditions = json.conditions() == null ? List.of() : json.conditions();
        List<LeadCriteriaJson> groups = json.groups() == null ? List.of() : json.groups();
        return new Criteria(json.match(), conditions.stream().map(LeadConditionJson::toDomain).toList(),
                groups.stream().map(ScenarioConfigurationJson::criteria).toList());
    }
}
