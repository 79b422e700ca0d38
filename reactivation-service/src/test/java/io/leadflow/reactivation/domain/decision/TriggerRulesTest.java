package io.leadflow.reactivation.domain.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadflow.criteria.Condition;
import io.leadflow.criteria.Criteria;
import io.leadflow.criteria.Operator;
import io.leadflow.reactivation.domain.decision.TriggerRules.Applied;
import io.leadflow.reactivation.domain.decision.TriggerRules.UnknownScenarioException;
import io.leadflow.reactivation.domain.lead.LeadAttributes;
import io.leadflow.reactivation.domain.lead.LeadEvent;
import io.leadflow.reactivation.domain.lead.LeadHistory;
import io.leadflow.reactivation.domain.lead.LeadSnapshot;
import io.leadflow.reactivation.domain.lead.Owner;
import io.leadflow.reactivation.domain.lead.OwnerKind;
import io.leadflow.reactivation.domain.lead.ResponseStatusLabel;
import io.leadflow.reactivation.domain.scenario.ScenarioConfiguration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TriggerRulesTest {

    private static final Instant T0 = Instant.parse("2026-11-30T10:00:00Z");
    private final ScenarioConfiguration configuration = Scenarios.configuration(Scenarios.score(50),
            Scenarios.status(), Scenarios.prompt("701-prompt"), Scenarios.invocable());

    @Test
    void shouldTriggerTheScoreScenarioWhenTheScoreCrossesItsThreshold() {
        Applied applied = TriggerRules.apply(LeadHistory.empty("L1"), score("e1", T0, 30, 80), configuration);

        assertThat(applied.triggered()).hasValueSatisfying(triggered -> {
            assertThat(triggered.scenario().name()).isEqualTo("Late score");
            assertThat(triggered.baselineScore()).isEqualTo(30);
            assertThat(triggered.cause()).isEqualTo("the score changed from 30 to 80 (the score crosses 50)");
        });
        assertThat(applied.history().snapshot().score()).isEqualTo(80);
    }

    @Test
    void shouldNotTriggerWhenTheScoreWasAlreadyAboveTheThreshold() {
        assertThat(TriggerRules.apply(LeadHistory.empty("L1"), score("e1", T0, 60, 80), configuration).triggered())
                .isEmpty();
    }

    @Test
    void shouldTakeThePreviousScoreFromTheHistoryWhenTheEventLacksIt() {
        LeadHistory known = LeadHistory.empty("L1").withScore(60, T0);

        assertThat(TriggerRules.apply(known, score("e2", T0.plusSeconds(1), null, 80), configuration).triggered())
                .isEmpty();
    }

    @Test
    void shouldIgnoreAScoreChangeOlderThanTheOneApplied() {
        LeadHistory known = LeadHistory.empty("L1").withScore(20, T0.plusSeconds(10));

        Applied applied = TriggerRules.apply(known, score("late", T0, 30, 80), configuration);

        assertThat(applied.triggered()).isEmpty();
        assertThat(applied.history().snapshot().score()).isEqualTo(20);
    }

    @Test
    void shouldIgnoreARedeliveredEvent() {
        Applied first = TriggerRules.apply(LeadHistory.empty("L1"), score("e1", T0, 30, 80), configuration);

        Applied again = TriggerRules.apply(first.history(), score("e1", T0, 30, 80), configuration);

        assertThat(again.triggered()).isEmpty();
        assertThat(again.history()).isEqualTo(first.history());
    }

    @Test
    void shouldChangeTheLeadsOwnerOnlyForItsPrimaryAgent() {
        Owner ann = new Owner("005-ann", OwnerKind.USER, "Ann");
        Owner lee = new Owner("005-lee", OwnerKind.USER, "Lee");
        Applied owned = TriggerRules.apply(LeadHistory.empty("L1"),
                new LeadEvent.OwnerChanged("e1", "L1", "c1", T0, ann, true), configuration);

        Applied lender = TriggerRules.apply(owned.history(),
                new LeadEvent.OwnerChanged("e2", "L1", "c1", T0.plusSeconds(1), lee, false), configuration);

        assertThat(owned.history().snapshot().owner()).isEqualTo(ann);
        assertThat(lender.history().snapshot().owner()).isEqualTo(ann);
    }

    @Test
    void shouldMeasureARiseFromThePreviousScore() {
        ScenarioConfiguration rises = Scenarios.configuration(Scenarios.rise(20));

        assertThat(TriggerRules.apply(LeadHistory.empty("L1"), score("e1", T0, 30, 49), rises).triggered())
                .isEmpty();
        assertThat(TriggerRules.apply(LeadHistory.empty("L1"), score("e1", T0, 30, 50), rises).triggered())
                .isPresent();
        assertThat(TriggerRules.apply(LeadHistory.empty("L1"), score("e1", T0, null, 90), rises).triggered())
                .as("a rise needs a known previous score").isEmpty();
    }

    @Test
    void shouldTriggerTheStatusScenarioOnlyFromAnInactiveToAnActiveStatusIgnoringCase() {
        assertThat(TriggerRules.apply(LeadHistory.empty("L1"), status("e1", "nurture", "OPEN"), configuration)
                .triggered()).hasValueSatisfying(t -> assertThat(t.scenario().name()).isEqualTo("Back to active"));
        assertThat(TriggerRules.apply(LeadHistory.empty("L1"), status("e1", "Working", "Open"), configuration)
                .triggered()).isEmpty();
        assertThat(TriggerRules.apply(LeadHistory.empty("L1"), status("e1", "Nurture", "Converted"), configuration)
                .triggered()).isEmpty();
    }

    @Test
    void shouldTriggerTheResponsePromptScenarioAndExcludeThePromptItself() {
        Applied applied = TriggerRules.apply(LeadHistory.empty("L1"), response("e1", "R9", "701-prompt", T0),
                configuration);

        assertThat(applied.triggered()).hasValueSatisfying(t -> assertThat(t.excludedResponseId()).isEqualTo("R9"));
        assertThat(applied.history().entry("R9")).isPresent();
    }

    @Test
    void shouldRecordTheActiveResponseThatHeldTheFunnelWhenAResponseArrived() {
        LeadHistory open = TriggerRules.apply(LeadHistory.empty("L1"), response("e1", "R1", "701-a", T0),
                configuration).history().activated("R1", T0, false);

        LeadHistory after = TriggerRules.apply(open, response("e2", "R2", "701-b", T0.plusSeconds(5)), configuration)
                .history();

        assertThat(after.entry("R2").orElseThrow().status()).isEqualTo(ResponseStatusLabel.RESOLVED_ACTIVE_RESPONSE_EXISTS);
        assertThat(after.entry("R1").orElseThrow().status()).isEqualTo(ResponseStatusLabel.ACTIVE);
        assertThat(after.closed("R1", T0.plusSeconds(9)).entry("R1").orElseThrow().status())
                .isEqualTo(ResponseStatusLabel.CLOSED);
    }

    @Test
    void shouldMarkAResponseActiveWhenItsActivationArrivedFirst() {
        LeadHistory activatedFirst = LeadHistory.empty("L1").activated("R1", T0, false);

        LeadHistory after = TriggerRules.apply(activatedFirst, response("e1", "R1", "701-a", T0), configuration)
                .history();

        assertThat(after.entry("R1").orElseThrow().status()).isEqualTo(ResponseStatusLabel.ACTIVE);
    }

    @Test
    void shouldCountAScoreChangeOnlyForALeadMatchingTheScenariosLeadCriteria() {
        ScenarioConfiguration usOnly = Scenarios.configuration(
                Scenarios.forLeads(Scenarios.score(50), "Late score US", country("US")));

        Applied us = TriggerRules.apply(leadIn("us"), score("e1", T0, 30, 80), usOnly);
        Applied de = TriggerRules.apply(leadIn("DE"), score("e1", T0, 30, 80), usOnly);

        assertThat(us.triggered()).hasValueSatisfying(triggered -> assertThat(triggered.cause()).isEqualTo(
                "the score changed from 30 to 80 (the score crosses 50), and the lead matches its lead criteria"
                        + " (country us is in [US])"));
        assertThat(de.triggered()).isEmpty();
        assertThat(de.history().snapshot().score()).as("the lead changes all the same").isEqualTo(80);
    }

    @Test
    void shouldPickTheScoreScenarioWhoseLeadCriteriaMatchTheLead() {
        ScenarioConfiguration byCountry = Scenarios.configuration(
                Scenarios.forLeads(Scenarios.score(50), "Late score US", country("US")),
                Scenarios.forLeads(Scenarios.score(50), "Late score DE", country("DE")));

        assertThat(TriggerRules.apply(leadIn("DE"), score("e1", T0, 30, 80), byCountry).triggered())
                .hasValueSatisfying(triggered -> assertThat(triggered.scenario().name()).isEqualTo("Late score DE"));
        assertThat(TriggerRules.apply(leadIn("US"), score("e1", T0, 30, 80), byCountry).triggered())
                .hasValueSatisfying(triggered -> assertThat(triggered.scenario().name()).isEqualTo("Late score US"));
        assertThat(TriggerRules.apply(leadIn("FR"), score("e1", T0, 30, 80), byCountry).triggered()).isEmpty();
    }

    @Test
    void shouldTestTheLeadCriteriaOnTheLeadAsItIsAfterTheEvent() {
        ScenarioConfiguration hot = Scenarios.configuration(Scenarios.forLeads(Scenarios.score(50), "Hot",
                Criteria.all(Condition.of("score", Operator.AT_LEAST, "80"))));

        assertThat(TriggerRules.apply(leadIn("US"), score("e1", T0, 30, 80), hot).triggered()).isPresent();
        assertThat(TriggerRules.apply(leadIn("US"), score("e1", T0, 30, 79), hot).triggered()).isEmpty();
    }

    @Test
    void shouldGiveTheLeadCriteriaOfAResponsePromptScenarioThePromptsCampaignAndTheLeadItCarries() {
        ScenarioConfiguration prompts = Scenarios.configuration(Scenarios.forLeads(Scenarios.prompt("701-prompt"),
                "Prompt for Open leads", Criteria.all(Condition.of("campaignId", Operator.IN, "701-PROMPT"),
                        Condition.of("status", Operator.IN, "open"))));

        assertThat(TriggerRules.apply(LeadHistory.empty("L1"), response("e1", "R9", "701-prompt", T0), prompts)
                .triggered()).hasValueSatisfying(triggered -> assertThat(triggered.cause()).isEqualTo("response R9 to"
                        + " the response-prompt campaign 701-prompt arrived, and the lead matches its lead criteria"
                        + " (campaignId 701-prompt is in [701-PROMPT] and status Open is in [open])"));
    }

    @Test
    void shouldTriggerTheStatusScenarioOnlyForLeadsMatchingItsLeadCriteria() {
        ScenarioConfiguration bigOnly = Scenarios.configuration(Scenarios.forLeads(Scenarios.status(), "Big back",
                Criteria.all(Condition.of("companySize", Operator.AT_LEAST, "1000"))));

        assertThat(TriggerRules.apply(leadIn("US"), status("e1", "Nurture", "Open"), bigOnly).triggered())
                .as("a lead of 250 people").isEmpty();
    }

    @Test
    void shouldRefuseAnInvocationOfAScenarioThatIsNotInvocable() {
        LeadEvent request = new LeadEvent.ReactivationRequested("e1", "L1", "c1", T0, "Late score", "TASK", "T1", null);

        assertThatThrownBy(() -> TriggerRules.apply(LeadHistory.empty("L1"), request, configuration))
                .isInstanceOf(UnknownScenarioException.class)
                .hasMessage("no enabled invocable scenario named Late score (invocable ones: Task done)");
    }

    static LeadEvent score(String eventId, Instant at, Integer previous, int score) {
        return new LeadEvent.ScoreChanged(eventId, "L1", "c1", at, previous, score);
    }

    static LeadEvent status(String eventId, String previous, String status) {
        return new LeadEvent.StatusChanged(eventId, "L1", "c1", T0, previous, status);
    }

    static LeadEvent response(String eventId, String responseId, String campaignId, Instant at) {
        return new LeadEvent.ResponseInserted(eventId, "L1", "c1", at, responseId, campaignId, null, "Responded", true,
                new LeadSnapshot(null, 30, "Open", LeadAttributes.NONE));
    }

    /** A lead of 250 people in {@code country}, score 30, status Nurture. */
    static LeadHistory leadIn(String country) {
        LeadAttributes attributes = new LeadAttributes("Dana", "Lee", "dana@acme.example", "VP Sales", "Acme", 250,
                country, null, "Banking", List.of("strategic"), Map.of());
        return new LeadHistory("L1", new LeadSnapshot(null, 30, "Nurture", attributes), null, null, null, List.of(),
                List.of());
    }

    static Criteria country(String... countries) {
        return Criteria.all(Condition.of("country", Operator.IN, countries));
    }
}
