package io.leadflow.reactivation.domain.decision;

import static io.leadflow.reactivation.domain.decision.TriggerRulesTest.country;
import static io.leadflow.reactivation.domain.decision.TriggerRulesTest.leadIn;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.criteria.Condition;
import io.leadflow.criteria.Criteria;
import io.leadflow.criteria.Operator;
import io.leadflow.reactivation.domain.lead.CampaignHistoryEntry;
import io.leadflow.reactivation.domain.lead.LeadAttributes;
import io.leadflow.reactivation.domain.lead.LeadHistory;
import io.leadflow.reactivation.domain.lead.LeadSnapshot;
import io.leadflow.reactivation.domain.run.PendingWait;
import io.leadflow.reactivation.domain.scenario.Scenario;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FiringRulesTest {

    private static final Instant T0 = Instant.parse("2026-11-30T10:00:00Z");
    private final Scenario usScore = Scenarios.forLeads(Scenarios.score(50), "Late score US", country("US"));

    @Test
    void shouldFireWhenTheScoreStillHoldsAndTheLeadStillMatchesItsLeadCriteria() {
        LeadHistory now = leadIn("US").withScore(80, T0);

        assertThat(FiringRules.whyNot(wait(usScore, 30, null), usScore, now)).isEmpty();
    }

    @Test
    void shouldNotFireWhenTheLeadNoLongerMatchesItsLeadCriteria() {
        LeadHistory movedToGermany = leadIn("DE").withScore(80, T0);

        assertThat(FiringRules.whyNot(wait(usScore, 30, null), usScore, movedToGermany)).contains("the lead no longer"
                + " matches the scenario's lead criteria: country IN [US] (country DE is not in [US])");
    }

    @Test
    void shouldSayTheScoreFellBeforeLookingAtTheLeadCriteria() {
        LeadHistory fell = leadIn("DE").withScore(40, T0);

        assertThat(FiringRules.whyNot(wait(usScore, 30, null), usScore, fell))
                .contains("the score is 40 when the wait ends: the score crosses 50 no longer holds");
    }

    @Test
    void shouldGiveAResponsePromptWaitTheCampaignOfItsPrompt() {
        Scenario prompt = Scenarios.forLeads(Scenarios.prompt("701-prompt"), "Prompt",
                Criteria.all(Condition.of("campaignId", Operator.IN, "701-prompt")));
        LeadHistory history = LeadHistory.empty("L1").inserted(CampaignHistoryEntry.inserted("R9", "701-prompt",
                "Webinar reminder", "Responded", true, T0, null), new LeadSnapshot(null, 30, "Open",
                        LeadAttributes.NONE));

        assertThat(FiringRules.whyNot(wait(prompt, null, "R9"), prompt, history)).isEmpty();
        assertThat(FiringRules.whyNot(wait(prompt, null, "R-unknown"), prompt, history)).contains("the lead no"
                + " longer matches the scenario's lead criteria: campaignId IN [701-prompt] (campaignId is missing,"
                + " so it is not in [701-prompt])");
    }

    private static PendingWait wait(Scenario scenario, Integer baselineScore, String promptId) {
        return new PendingWait("run-1", "L1", scenario.name(), scenario.trigger(), "e1", "c1", T0,
                T0.plus(Duration.ofMinutes(20)), baselineScore, "the event", promptId, null, null);
    }
}
