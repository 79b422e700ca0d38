package io.leadflow.reactivation.domain.scenario;

import java.util.List;
import java.util.Optional;

/**
 * Every reactivation scenario, and the campaigns they name. The empty configuration (version 0, in effect until
 * the first change) has no scenario: nothing is reactivated.
 */
public record ScenarioConfiguration(List<Campaign> campaigns, List<Scenario> scenarios) {

    public static final ScenarioConfiguration EMPTY = new ScenarioConfiguration(List.of(), List.of());

    public ScenarioConfiguration {
        campaigns = campaigns == null ? List.of() : List.copyOf(campaigns);
        scenarios = scenarios == null ? List.of() : List.copyOf(scenarios);
    }

    public Optional<Scenario> scenario(String name) {
        return scenarios.stream().filter(scenario -> scenario.name().equals(name)).findFirst();
    }

    public Optional<Campaign> campaign(String id) {
        return campaigns.stream().filter(campaign -> campaign.id().equals(id)).findFirst();
    }

    /** The enabled scenarios listening for {@code trigger}, in configuration order. */
    public List<Scenario> enabled(TriggerType trigger) {
        return scenarios.stream().filter(scenario -> scenario.isEnabled() && scenario.trigger() == trigger).toList();
    }

    /** Every campaign an enabled response-prompt scenario lists. */
    public List<String> promptCampaignIds() {
        return enabled(TriggerType.RESPONSE_PROMPT).stream()
                .flatMap(scenario -> scenario.responsePrompt().campaignIds().stream())
                .distinct().toList();
    }
}
