package io.leadflow.reactivation.domain.scenario;

import static io.leadflow.reactivation.domain.scenario.Findings.isBlank;

import io.leadflow.reactivation.domain.scenario.Findings.Entry;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Checks a scenario configuration before it is saved. Configurations arrive as JSON, where anything may be
 * missing, so the model accepts them leniently and this reports every problem, each with the JSON path of the
 * offending element (relative to the configuration object) and a message saying what to do. Errors refuse the
 * configuration; warnings do not.
 */
public final class ScenarioValidator {

    /**
     * The response statuses eligibility may name, as response-service labels them: a response that was resolved
     * or closed. An active response needs no reactivation.
     */
    public static final List<String> RESPONSE_STATUSES =
            List.of("Resolved - No Action Required", "Resolved - Active Response Exists", "Closed");

    /** What a sync value may name in braces, e.g. {@code Reactivated by {scenario}}; see {@link SyncOption}. */
    public static final List<String> SYNC_PLACEHOLDERS =
            List.of("scenario", "trigger", "action", "decidedAt", "responseId", "campaignId");

    private ScenarioValidator() {
    }

    public static Validation validate(ScenarioConfiguration configuration) {
        Findings findings = new Findings();
        if (configuration == null) {
            findings.error("", "The scenario configuration is missing; send its campaigns and scenarios (an empty"
                    + " list of scenarios turns reactivation off).");
            return findings.validation();
        }
        List<Entry<Campaign>> campaigns = Findings.entries("campaigns", configuration.campaigns());
        Set<String> campaignIds = checkCampaigns(campaigns, findings);
        List<Entry<Scenario>> scenarios = Findings.entries("scenarios", configuration.scenarios());
        findings.unique(scenarios, "name", Scenario::name, (scenario, first) -> "Scenario name '" + scenario.name()
                + "' is used twice (first at " + first + "); rename one of them: decisions and invocations name a"
                + " scenario by its name.");
        ScenarioChecks checks = new ScenarioChecks(campaignIds, findings);
        scenarios.forEach(checks::check);
        new OverlapChecks(findings).check(scenarios);
        warnAboutUnusedCampaigns(campaigns, configuration.scenarios(), findings);
        return findings.validation();
    }

    /** Reports campaigns without an id or with the id of an earlier one; returns the ids declared. */
    private static Set<String> checkCampaigns(List<Entry<Campaign>> campaigns, Findings findings) {
        for (Entry<Campaign> entry : campaigns) {
            if (isBlank(entry.value().id())) {
                findings.error(entry.path("id"), "A campaign has no id; give the CRM id of the campaign.");
            }
        }
        findings.unique(campaigns, "id", Campaign::id, (campaign, first) -> "Campaign id '" + campaign.id()
                + "' is listed twice (first at " + first + "); remove one of them.");
        return campaigns.stream().map(entry -> entry.value().id()).filter(id -> !isBlank(id))
                .collect(Collectors.toSet());
    }

    private static void warnAboutUnusedCampaigns(List<Entry<Campaign>> campaigns, List<Scenario> scenarios,
            Findings findings) {
        Set<String> used = new HashSet<>();
        for (Scenario scenario : scenarios) {
            Stream.concat(Stream.ofNullable(scenario.defaultCampaignId()),
                    Stream.ofNullable(scenario.responsePrompt()).flatMap(prompt -> prompt.campaignIds().stream()))
                    .forEach(used::add);
        }
        for (Entry<Campaign> entry : campaigns) {
            String id = entry.value().id();
            if (!isBlank(id) && !used.contains(id)) {
                findings.warning(entry.path(), "Campaign '" + id + "' is not used: no scenario names it as its"
                        + " default campaign or as a response-prompt campaign; use it in a scenario or remove it.");
            }
        }
    }
}
