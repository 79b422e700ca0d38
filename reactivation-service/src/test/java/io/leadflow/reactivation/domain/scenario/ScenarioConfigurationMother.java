package io.leadflow.reactivation.domain.scenario;

import static io.leadflow.reactivation.domain.scenario.ScenarioMother.aResponsePromptScenario;
import static io.leadflow.reactivation.domain.scenario.ScenarioMother.aScoreScenario;
import static io.leadflow.reactivation.domain.scenario.ScenarioMother.anActiveStatusScenario;
import static io.leadflow.reactivation.domain.scenario.ScenarioMother.anInvocableScenario;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Object mother for scenario configurations: one scenario of each trigger ({@link ScenarioMother}) and the three
 * campaigns they name, to change one thing at a time. It validates without errors or warnings.
 */
public final class ScenarioConfigurationMother {

    public static final String SCORE_DEFAULT = "701-score-default";
    public static final String CONTACT_US = "701-contact-us";
    public static final String SALES_REQUEST = "701-sales-request";

    private final List<Campaign> campaigns = new ArrayList<>(List.of(
            new Campaign(SCORE_DEFAULT, "Score Reactivation"),
            new Campaign(CONTACT_US, "Contact Us (prompt)"),
            new Campaign(SALES_REQUEST, "Sales Request")));
    private final List<Scenario> scenarios = new ArrayList<>(List.of(aScoreScenario().build(),
            anActiveStatusScenario().build(), aResponsePromptScenario().build(), anInvocableScenario().build()));

    private ScenarioConfigurationMother() {
    }

    public static ScenarioConfigurationMother aScenarioConfiguration() {
        return new ScenarioConfigurationMother();
    }

    /** Replaces {@code scenarios[index]} (0: score, 1: active status, 2: response prompt, 3: invocable). */
    public ScenarioConfigurationMother withScenario(int index, ScenarioMother scenario) {
        scenarios.set(index, scenario.build());
        return this;
    }

    public ScenarioConfigurationMother withScenarios(ScenarioMother... scenarios) {
        this.scenarios.clear();
        Arrays.stream(scenarios).map(ScenarioMother::build).forEach(this.scenarios::add);
        return this;
    }

    public ScenarioConfigurationMother addingScenario(ScenarioMother scenario) {
        scenarios.add(scenario.build());
        return this;
    }

    public ScenarioConfigurationMother withCampaigns(Campaign... campaigns) {
        this.campaigns.clear();
        this.campaigns.addAll(List.of(campaigns));
        return this;
    }

    public ScenarioConfigurationMother addingCampaign(Campaign campaign) {
        campaigns.add(campaign);
        return this;
    }

    public ScenarioConfiguration build() {
        return new ScenarioConfiguration(campaigns, scenarios);
    }
}
