package io.leadflow.reactivation.domain.decision;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.reactivation.domain.lead.CampaignHistoryEntry;
import io.leadflow.reactivation.domain.lead.LeadHistory;
import io.leadflow.reactivation.domain.lead.LeadSnapshot;
import io.leadflow.reactivation.domain.run.Action;
import io.leadflow.reactivation.domain.scenario.Eligibility;
import io.leadflow.reactivation.domain.scenario.EligibilityMatch;
import io.leadflow.reactivation.domain.scenario.Scenario;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActionSelectionTest {

    private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");

    @Test
    void shouldReactivateTheMostRecentResponseOfTheLookBackPeriod() {
        LeadHistory history = history(response("R1", NOW.minus(Duration.ofDays(3))),
                response("R2", NOW.minus(Duration.ofDays(1))), nonResponse("N1", NOW.minusSeconds(60)));

        Selection selection = choose(history, Scenarios.score(50));

        assertThat(selection.action()).isEqualTo(Action.REACTIVATE_RESPONSE);
        assertThat(selection.responseId()).isEqualTo("R2");
        assertThat(selection.reason()).startsWith("reactivates the most recent eligible response of the look-back "
                + "period (P7D): R2 (701-a, ");
    }

    @Test
    void shouldFindNothingWhenTheOnlyResponseIsOlderThanTheLookBackPeriod() {
        LeadHistory history = history(response("R1", NOW.minus(Duration.ofDays(8))));

        Selection selection = choose(history, Scenarios.score(50));

        assertThat(selection.decided()).isFalse();
        assertThat(selection.reason()).isEqualTo("no campaign member of the look-back period (P7D); the "
                + "scenario has no default campaign");
    }

    @Test
    void shouldInsertADefaultMemberWhenNothingIsEligibleAndTheScenarioHasADefaultCampaign() {
        LeadHistory history = history(response("R1", NOW.minus(Duration.ofDays(8))));

        Selection selection = choose(history, Scenarios.withFallbacks(Scenarios.score(50), false, "701-default"));

        assertThat(selection.action()).isEqualTo(Action.INSERT_DEFAULT_MEMBER);
        assertThat(selection.campaignId()).isEqualTo("701-default");
        assertThat(selection.campaignName()).isEqualTo("Reactivation default");
    }

    @Test
    void shouldActivateANonResponseOnlyWhenTheScenarioAllowsIt() {
        LeadHistory history = history(nonResponse("N1", NOW.minusSeconds(60)));

        assertThat(choose(history, Scenarios.withFallbacks(Scenarios.score(50), true, null)))
                .extracting(Selection::action, Selection::responseId)
                .containsExactly(Action.ACTIVATE_NON_RESPONSE, "N1");
        assertThat(choose(history, Scenarios.score(50)).reason()).contains(
                "the non-response N1 is eligible but the scenario does not activate non-responses");
    }

    @Test
    void shouldPreferAResponseOverAMoreRecentNonResponse() {
        LeadHistory history = history(response("R1", NOW.minus(Duration.ofDays(2))), nonResponse("N1", NOW));

        assertThat(choose(history, Scenarios.withFallbacks(Scenarios.score(50), true, null)).responseId())
                .isEqualTo("R1");
    }

    @Test
    void shouldNeverReviveAResponseToAResponsePromptCampaign() {
        LeadHistory history = history(response("R1", NOW.minus(Duration.ofDays(2))),
                entry("P1", "701-prompt", true, NOW.minusSeconds(5)));

        Selection selection = ActionSelection.choose(history, Scenarios.score(50),
                Scenarios.configuration(Scenarios.score(50), Scenarios.prompt("701-prompt")), NOW, null);

        assertThat(selection.responseId()).isEqualTo("R1");
    }

    @Test
    void shouldTreatAResponseNeverReactivatedAsEligibleWhenThatIsTheCriterion() {
        Scenario scenario = Scenarios.withEligibility(Scenarios.score(50),
                new Eligibility(EligibilityMatch.ANY, true, List.of(), null));
        LeadHistory history = history(reactivated(response("R2", NOW.minusSeconds(60))),
                response("R1", NOW.minus(Duration.ofDays(1))));

        Selection selection = choose(history, scenario);

        assertThat(selection.responseId()).isEqualTo("R1");
    }

    @Test
    void shouldTreatAResponseWithAnEligibleStatusAsEligible() {
        Scenario scenario = Scenarios.withEligibility(Scenarios.score(50),
                new Eligibility(EligibilityMatch.ANY, null, List.of("Closed"), null));
        LeadHistory history = history(response("R2", NOW.minusSeconds(60)), closed(response("R1",
                NOW.minus(Duration.ofDays(1)))));

        assertThat(choose(history, scenario).responseId()).isEqualTo("R1");
    }

    @Test
    void shouldTreatAResponseWithinTheTimeframeAsEligible() {
        Scenario scenario = Scenarios.withEligibility(Scenarios.score(50),
                new Eligibility(EligibilityMatch.ANY, null, List.of(), Duration.ofHours(1)));
        LeadHistory history = history(response("R1", NOW.minus(Duration.ofHours(2))));

        Selection selection = choose(history, scenario);

        assertThat(selection.decided()).isFalse();
        assertThat(selection.reason()).contains("(R1: older than PT1H)");
    }

    @Test
    void shouldNeedOnlyOneCriterionWithAnyAndEveryCriterionWithAll() {
        // reactivated before (fails the first criterion) but within the timeframe (meets the second)
        LeadHistory history = history(reactivated(response("R1", NOW.minusSeconds(60))));
        Eligibility any = new Eligibility(EligibilityMatch.ANY, true, List.of(), Duration.ofHours(1));
        Eligibility all = new Eligibility(EligibilityMatch.ALL, true, List.of(), Duration.ofHours(1));

        assertThat(choose(history, Scenarios.withEligibility(Scenarios.score(50), any)).responseId()).isEqualTo("R1");
        assertThat(choose(history, Scenarios.withEligibility(Scenarios.score(50), all)).reason())
                .contains("(R1: reactivated before)");
    }

    @Test
    void shouldNeverPickTheResponseThatTriggeredAPrompt() {
        LeadHistory history = history(response("R1", NOW.minusSeconds(60)));

        Selection selection = ActionSelection.choose(history, Scenarios.score(50),
                Scenarios.configuration(Scenarios.score(50)), NOW, "R1");

        assertThat(selection.decided()).isFalse();
    }

    private static Selection choose(LeadHistory history, Scenario scenario) {
        return ActionSelection.choose(history, scenario, Scenarios.configuration(scenario), NOW, null);
    }

    private static LeadHistory history(CampaignHistoryEntry... entries) {
        return new LeadHistory("L1", LeadSnapshot.UNKNOWN, null, null, null, List.of(entries), List.of());
    }

    private static CampaignHistoryEntry response(String id, Instant at) {
        return entry(id, "701-a", true, at);
    }

    private static CampaignHistoryEntry nonResponse(String id, Instant at) {
        return entry(id, "701-a", false, at);
    }

    private static CampaignHistoryEntry entry(String id, String campaignId, boolean responded, Instant at) {
        return CampaignHistoryEntry.inserted(id, campaignId, null, responded ? "Responded" : "Sent", responded, at,
                null);
    }

    private static CampaignHistoryEntry reactivated(CampaignHistoryEntry entry) {
        return entry.activated(entry.respondedAt(), true).closed(entry.respondedAt().plusSeconds(1));
    }

    private static CampaignHistoryEntry closed(CampaignHistoryEntry entry) {
        return entry.activated(entry.respondedAt(), false).closed(entry.respondedAt().plusSeconds(1));
    }
}
