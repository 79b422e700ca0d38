package io.leadflow.reactivation.persistence;

import io.leadflow.criteria.Condition;
import io.leadflow.criteria.Criteria;
import io.leadflow.criteria.Match;
import io.leadflow.criteria.Operator;
import io.leadflow.reactivation.domain.scenario.Campaign;
import io.leadflow.reactivation.domain.scenario.ConfigurationVersion;
import io.leadflow.reactivation.domain.scenario.Eligibility;
import io.leadflow.reactivation.domain.scenario.EligibilityMatch;
import io.leadflow.reactivation.domain.scenario.PromptCondition;
import io.leadflow.reactivation.domain.scenario.Scenario;
import io.leadflow.reactivation.domain.scenario.ScenarioConfiguration;
import io.leadflow.reactivation.domain.scenario.ScoreCondition;
import io.leadflow.reactivation.domain.scenario.StatusCondition;
import io.leadflow.reactivation.domain.scenario.SyncOption;
import io.leadflow.reactivation.domain.scenario.TriggerType;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One version of the scenario configuration. The version number is the id, so two changes saved at once cannot
 * both become the same version: the second insert fails on the duplicate key.
 *
 * <p>The stored shape is this class's, not the domain's, so the domain can change without breaking old
 * versions: fields added later read as null (the domain's default), fields no longer known are ignored.
 * Durations are ISO-8601 strings ({@code PT20M}, {@code PT720H}), readable in the shell and exact. A campaign's id
 * is {@code campaignId} (Spring Data would map a nested {@code id} to {@code _id}); sync fields are a list of
 * name/value pairs, not a map, since CRM field names may contain dots. Lead criteria are stored as their own
 * records ({@link StoredCriteria}), in the shape of the API's, enums by name.
 */
@Document(ScenarioConfigurationDocument.COLLECTION)
record ScenarioConfigurationDocument(@Id long version, String author, Instant changedAt, String comment,
        List<StoredCampaign> campaigns, List<StoredScenario> scenarios) {

    static final String COLLECTION = "scenario_configurations";
    static final String ID = "_id";

    record StoredCampaign(String campaignId, String name) {
    }

    record StoredScenario(String name, TriggerType trigger, Boolean enabled, StoredScore score,
            StoredStatus status, StoredPrompt responsePrompt, StoredCriteria leadCriteria, String waitPeriod,
            String lookBack,
            StoredEligibility eligibility, Boolean activateNonResponses, String defaultCampaignId,
            List<StoredField> sync, Boolean triggerAssignment, Boolean triggerNotification) {
    }

    record StoredScore(Integer threshold, Integer minIncrease) {
    }

    record StoredStatus(List<String> inactive, List<String> active) {
    }

    record StoredPrompt(List<String> campaignIds) {
    }

    /** Lead criteria; {@code match} null means ALL, left-out lists are empty. */
    record StoredCriteria(Match match, List<StoredCondition> conditions, List<StoredCriteria> groups) {

        static StoredCriteria of(Criteria criteria) {
            return new StoredCriteria(criteria.match(), criteria.conditions().stream()
                    .map(condition -> new StoredCondition(condition.field(), condition.operator(), condition.values()))
                    .toList(), criteria.groups().stream().map(StoredCriteria::of).toList());
        }

        Criteria toDomain() {
            return new Criteria(match,
                    conditions == null ? null : conditions.stream().map(StoredCondition::toDomain).toList(),
                    groups == null ? null : groups.stream().map(StoredCriteria::toDomain).toList());
        }
    }

    record StoredCondition(String field, Operator operator, List<String> values) {

        Condition toDomain() {
            return new Condition(field, operator, values);
        }
    }

    record StoredEligibility(EligibilityMatch match, Boolean notReactivatedBefore, List<String> responseStatuses,
            String within) {
    }

    record StoredField(String name, String value) {
    }

    static ScenarioConfigurationDocument of(ConfigurationVersion version) {
        ScenarioConfiguration configuration = version.configuration();
        return new ScenarioConfigurationDocument(version.version(), version.author(), version.changedAt(),
                version.comment(),
                configuration.campaigns().stream().map(c -> new StoredCampaign(c.id(), c.name())).toList(),
                configuration.scenarios().stream().map(ScenarioConfigurationDocument::stored).toList());
    }

    ConfigurationVersion toVersion() {
        return new ConfigurationVersion(version, author, changedAt, comment, new ScenarioConfiguration(
                campaigns == null ? null : campaigns.stream().map(c -> new Campaign(c.campaignId(), c.name())).toList(),
                scenarios == null ? null : scenarios.stream().map(ScenarioConfigurationDocument::scenario).toList()));
    }

    private static StoredScenario stored(Scenario scenario) {
        ScoreCondition score = scenario.score();
        StatusCondition status = scenario.status();
        PromptCondition prompt = scenario.responsePrompt();
        Eligibility eligibility = scenario.eligibility();
        SyncOption sync = scenario.sync();
        return new StoredScenario(scenario.name(), scenario.trigger(), scenario.enabled(),
                score == null ? null : new StoredScore(score.threshold(), score.minIncrease()),
                status == null ? null : new StoredStatus(status.inactive(), status.active()),
                prompt == null ? null : new StoredPrompt(prompt.campaignIds()),
                scenario.leadCriteria() == null ? null : StoredCriteria.of(scenario.leadCriteria()),
                iso(scenario.waitPeriod()), iso(scenario.lookBack()),
                eligibility == null ? null : new StoredEligibility(eligibility.match(),
                        eligibility.notReactivatedBefore(), eligibility.responseStatuses(), iso(eligibility.within())),
                scenario.activateNonResponses(), scenario.defaultCampaignId(),
                sync == null ? null : sync.fields().entrySet().stream()
                        .map(field -> new StoredField(field.getKey(), field.getValue())).toList(),
                scenario.triggerAssignment(), scenario.triggerNotification());
    }

    private static Scenario scenario(StoredScenario stored) {
        StoredScore score = stored.score();
        StoredStatus status = stored.status();
        StoredPrompt prompt = stored.responsePrompt();
        StoredEligibility eligibility = stored.eligibility();
        return new Scenario(stored.name(), stored.trigger(), stored.enabled(),
                score == null ? null : new ScoreCondition(score.threshold(), score.minIncrease()),
                status == null ? null : new StatusCondition(status.inactive(), status.active()),
                prompt == null ? null : new PromptCondition(prompt.campaignIds()),
                stored.leadCriteria() == null ? null : stored.leadCriteria().toDomain(),
                duration(stored.waitPeriod()), duration(stored.lookBack()),
                eligibility == null ? null : new Eligibility(eligibility.match(), eligibility.notReactivatedBefore(),
                        eligibility.responseStatuses(), duration(eligibility.within())),
                stored.activateNonResponses(), stored.defaultCampaignId(), sync(stored.sync()),
                stored.triggerAssignment(), stored.triggerNotification());
    }

    private static SyncOption sync(List<StoredField> fields) {
        if (fields == null) {
            return null;
        }
        Map<String, String> byName = new LinkedHashMap<>();
        fields.forEach(field -> byName.put(field.name(), field.value()));
        return new SyncOption(byName);
    }

    private static String iso(Duration duration) {
        return duration == null ? null : duration.toString();
    }

    private static Duration duration(String iso) {
        return iso == null ? null : Duration.parse(iso);
    }
}
