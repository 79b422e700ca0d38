package io.leadflow.response.domain;

import static io.leadflow.response.domain.Decisions.DECIDED_AT;
import static io.leadflow.response.domain.Decisions.LEAD_NOW;
import static io.leadflow.response.domain.Decisions.activateNonResponse;
import static io.leadflow.response.domain.Decisions.insertDefaultMember;
import static io.leadflow.response.domain.Decisions.reactivate;
import static io.leadflow.response.domain.Responses.RESPONDED_AT;
import static io.leadflow.response.domain.Responses.response;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.platform.events.EventIds;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The pure decisions of a batch of reactivation decisions, against the state read for it. */
class ReactivationDecisionsTest {

    static final List<String> QUALIFYING = List.of("Open", "Working", "Nurture");
    static final List<String> CLOSING = List.of("Disqualified", "Converted", "Recycled");
    static final Instant NOW = Instant.parse("2026-11-23T20:00:05.123Z");
    static final FunnelRules ONE_PER_LEAD = new FunnelRules(50, QUALIFYING, false, true, CLOSING);
    static final FunnelRules SEVERAL_PER_LEAD = new FunnelRules(50, QUALIFYING, false, false, CLOSING);
    static final Owner BOB = new Owner("005-bob", OwnerKind.USER, "Bob Baker");

    final CampaignResponse responded = response("00v-a", "00Q-1", RESPONDED_AT);
    final CampaignMember resolved = CampaignMember.resolvedNoAction(responded,
            new FunnelVerdict(List.of("score 30 is below the threshold 50")));

    @Test
    void shouldReactivateAResolvedResponseAndOpenTheFunnelWithIt() {
        ReactivationDecision decision = reactivate("evt-1", "00v-a");

        ReactivationDecisions decided = decide(ONE_PER_LEAD, List.of(decision), Map.of("00v-a", resolved), Map.of());

        CampaignMember reactivated = new CampaignMember(responded, ResponseStatus.ACTIVE,
                "reactivated by scenario Score: score rose to 95", NOW, false, null, null,
                new Reactivation(1, NOW, "Score", "evt-1"));
        assertThat(decided.reactivatedMembers()).containsExactly(reactivated);
        assertThat(decided.newMembers()).isEmpty();
        assertThat(decided.funnelUpdates()).containsExactly(new FunnelUpdate("00Q-1",
                List.of(new ActiveResponse("00v-a", DECIDED_AT)), List.of(), "00v-a", List.of()));
        assertThat(decided.activationsToPublish()).containsExactly(new AppliedReactivation(decision, reactivated));
    }

    @Test
    void shouldCountReactivationsClearTheClosingAndKeepTheFirstOwner() {
        FirstOwner first = new FirstOwner(BOB, RESPONDED_AT.plusSeconds(4), 4000, AssignmentMethod.DIRECT, "evt-a");
        FunnelClosure converted = new FunnelClosure("evt-c", RESPONDED_AT.plusSeconds(60),
                "lead status changed to Converted");
        CampaignMember closedBefore = new CampaignMember(responded, ResponseStatus.CLOSED, "reactivated by scenario X",
                RESPONDED_AT, true, converted, first, new Reactivation(1, RESPONDED_AT, "X", "evt-0"));

        ReactivationDecisions decided = decide(ONE_PER_LEAD, List.of(reactivate("evt-1", "00v-a")),
                Map.of("00v-a", closedBefore), Map.of());

        CampaignMember reactivated = decided.reactivatedMembers().get(0);
        assertThat(reactivated.reactivation()).isEqualTo(new Reactivation(2, NOW, "Score", "evt-1"));
        assertThat(reactivated.firstOwner()).isEqualTo(first);
        assertThat(reactivated.closure()).isNull();
        assertThat(reactivated.activatedAt()).isEqualTo(NOW);
    }

    @Test
    void shouldEnterTheFunnelAfterTheStatusChangeThatLastClosedTheMember() {
        Instant closedAt = DECIDED_AT.plusSeconds(5);
        CampaignMember closed = CampaignMember.activated(responded, RESPONDED_AT).published()
                .closed(new FunnelClosure("evt-c", closedAt, "lead status changed to Converted"));

        ReactivationDecisions decided = decide(ONE_PER_LEAD, List.of(reactivate("evt-1", "00v-a")),
                Map.of("00v-a", closed), Map.of());

        assertThat(decided.funnelUpdates().get(0).opened())
                .containsExactly(new ActiveResponse("00v-a", closedAt.plusMillis(1)));
    }

    @Test
    void shouldActivateANonResponse() {
        CampaignResponse sent = response("701-spring-webinar", "Sent", false, 85, "Open");
        ReactivationDecision decision = activateNonResponse("evt-1", sent.responseId());

        ReactivationDecisions decided = decide(ONE_PER_LEAD, List.of(decision),
                Map.of(sent.responseId(), CampaignMember.resolvedNoAction(sent, new FunnelVerdict(List.of("no")))),
                Map.of());

        assertThat(decided.activationsToPublish()).extracting(applied -> applied.member().responseStatus())
                .containsExactly(ResponseStatus.ACTIVE);
        assertThat(decided.reactivatedMembers()).extracting(CampaignMember::resolution)
                .containsExactly("reactivated by scenario Score: score rose to 95");
    }

    @Test
    void shouldInsertADefaultMemberAsTheLeadsActiveResponse() {
        ReactivationDecision decision = insertDefaultMember("evt-1", LEAD_NOW);
        String memberId = EventIds.derived("default-member", "evt-1");

        ReactivationDecisions decided = decide(ONE_PER_LEAD, List.of(decision), Map.of(), Map.of());

        CampaignMember inserted = new CampaignMember(
                new CampaignResponse(memberId, "00Q-1", "corr-evt-1", "701-default", "Default Campaign", "Responded",
                        true, DECIDED_AT, LEAD_NOW),
                ResponseStatus.ACTIVE, "default campaign member inserted by scenario Score: score rose to 95", NOW,
                false, null, null, new Reactivation(1, NOW, "Score", "evt-1"));
        assertThat(decided.newMembers()).containsExactly(inserted);
        assertThat(decided.reactivatedMembers()).isEmpty();
        assertThat(decided.funnelUpdates()).extracting(FunnelUpdate::opened)
                .containsExactly(List.of(new ActiveResponse(memberId, DECIDED_AT)));
        assertThat(decided.activationsToPublish()).containsExactly(new AppliedReactivation(decision, inserted));
    }

    @Test
    void shouldRefuseWhenTheLeadHasAnOpenActiveResponse() {
        LeadFunnel held = LeadFunnel.empty("00Q-1").opened(new ActiveResponse("00v-open", RESPONDED_AT));

        assertRefused(ONE_PER_LEAD, reactivate("evt-1", "00v-a"), Map.of("00v-a", resolved), held,
                "lead 00Q-1 already has the open active response 00v-open");
        assertRefused(ONE_PER_LEAD, insertDefaultMember("evt-2", LEAD_NOW), Map.of(), held,
                "lead 00Q-1 already has the open active response 00v-open");
    }

    @Test
    void shouldApplyBesideAnOpenActiveResponseWhenLeadsMayHaveSeveral() {
        LeadFunnel held = LeadFunnel.empty("00Q-1").opened(new ActiveResponse("00v-open", RESPONDED_AT));

        ReactivationDecisions decided = decide(SEVERAL_PER_LEAD, List.of(reactivate("evt-1", "00v-a")),
                Map.of("00v-a", resolved), Map.of("00Q-1", held));

        assertThat(decided.funnelUpdates()).containsExactly(new FunnelUpdate("00Q-1",
                List.of(new ActiveResponse("00v-a", DECIDED_AT)), List.of(), "00v-open", List.of()));
    }

    @Test
    void shouldRefuseAnUnknownMemberAndAMemberOfAnotherLead() {
        CampaignMember otherLeads = CampaignMember.resolvedNoAction(response("00v-b", "00Q-2", RESPONDED_AT),
                new FunnelVerdict(List.of("no")));

        assertRefused(ONE_PER_LEAD, reactivate("evt-1", "00v-unknown"), Map.of(), LeadFunnel.empty("00Q-1"),
                "no campaign member 00v-unknown for lead 00Q-1");
        assertRefused(ONE_PER_LEAD, reactivate("evt-2", "00v-b"), Map.of("00v-b", otherLeads),
                LeadFunnel.empty("00Q-1"), "no campaign member 00v-b for lead 00Q-1");
    }

    @Test
    void shouldRefuseAnActionOfTheWrongKindAndSaySo() {
        CampaignResponse sent = response("701-spring-webinar", "Sent", false, 85, "Open");
        CampaignMember nonResponse = CampaignMember.resolvedNoAction(sent, new FunnelVerdict(List.of("no")));

        assertRefused(ONE_PER_LEAD, reactivate("evt-1", sent.responseId()), Map.of(sent.responseId(), nonResponse),
                LeadFunnel.empty("00Q-1"), "campaign member 00v-1 is a non-response (member status Sent): "
                        + "REACTIVATE_RESPONSE reactivates responses only");
        assertRefused(ONE_PER_LEAD, activateNonResponse("evt-2", "00v-a"), Map.of("00v-a", resolved),
                LeadFunnel.empty("00Q-1"), "campaign member 00v-a is a response (member status Responded): "
                        + "ACTIVATE_NON_RESPONSE activates non-responses only");
    }

    @Test
    void shouldRefuseAMemberThatIsOpen() {
        CampaignMember active = CampaignMember.activated(responded, RESPONDED_AT).published();
        CampaignMember closing = active.closed(new FunnelClosure("evt-c", RESPONDED_AT, "lead status changed to X"));
        LeadFunnel holdingIt = LeadFunnel.empty("00Q-1").opened(new ActiveResponse("00v-a", RESPONDED_AT));

        assertRefused(SEVERAL_PER_LEAD, reactivate("evt-1", "00v-a"), Map.of("00v-a", active), holdingIt,
                "campaign member 00v-a is already active");
        assertRefused(SEVERAL_PER_LEAD, reactivate("evt-2", "00v-a"), Map.of("00v-a", closing), holdingIt,
                "campaign member 00v-a is still in lead 00Q-1's funnel: its closing is not finished");
    }

    @Test
    void shouldRefuseToInsertADefaultMemberWithoutTheLead() {
        assertRefused(ONE_PER_LEAD, insertDefaultMember("evt-1", null), Map.of(), LeadFunnel.empty("00Q-1"),
                "the decision carries no lead (a writer before response.reactivation.decided v2): "
                        + "a default campaign member cannot be inserted without one");
    }

    @Test
    void shouldDecideNothingAgainForADecisionAppliedAndPublishedOrRefusedBefore() {
        ReactivationDecision applied = reactivate("evt-1", "00v-a");
        ReactivationDecision refused = reactivate("evt-2", "00v-b");
        CampaignMember appliedMember = resolved.reactivatedBy(applied, NOW.minusSeconds(60)).published();
        LeadFunnel funnel = LeadFunnel.empty("00Q-1").opened(new ActiveResponse("00v-a", DECIDED_AT))
                .withRefusal(new ReactivationRefusal("evt-2", "Score", ReactivationAction.REACTIVATE_RESPONSE,
                        NOW.minusSeconds(30), "no campaign member 00v-b for lead 00Q-1"));

        ReactivationDecisions decided = decide(ONE_PER_LEAD, List.of(applied, refused),
                Map.of("00v-a", appliedMember), Map.of("00Q-1", funnel));

        assertThat(decided.reactivatedMembers()).isEmpty();
        assertThat(decided.funnelUpdates()).isEmpty();
        assertThat(decided.activationsToPublish()).isEmpty();
    }

    @Test
    void shouldPublishAgainAnAppliedDecisionWhoseActivationWasNeverPublishedAndOpenItsFunnelIfNeeded() {
        ReactivationDecision decision = reactivate("evt-1", "00v-a");
        CampaignMember stored = resolved.reactivatedBy(decision, NOW.minusSeconds(60));

        ReactivationDecisions decided = decide(ONE_PER_LEAD, List.of(decision, reactivate("evt-2", "00v-b")),
                Map.of("00v-a", stored), Map.of());

        assertThat(decided.reactivatedMembers()).isEmpty();
        assertThat(decided.activationsToPublish()).containsExactly(new AppliedReactivation(decision, stored));
        assertThat(decided.funnelUpdates()).containsExactly(new FunnelUpdate("00Q-1",
                List.of(new ActiveResponse("00v-a", DECIDED_AT)), List.of(), "00v-a", List.of(
                        new ReactivationRefusal("evt-2", "Score", ReactivationAction.REACTIVATE_RESPONSE, NOW,
                                "no campaign member 00v-b for lead 00Q-1"))));
    }

    @Test
    void shouldDecideTheDecisionsOfALeadInOrderAsOneAtATime() {
        CampaignMember other = CampaignMember.resolvedNoAction(response("00v-b", "00Q-1", RESPONDED_AT),
                new FunnelVerdict(List.of("no")));
        ReactivationDecision first = reactivate("evt-1", "00v-a");
        ReactivationDecision second = reactivate("evt-2", "00v-b");

        ReactivationDecisions decided = decide(ONE_PER_LEAD, List.of(first, first, second, second),
                Map.of("00v-a", resolved, "00v-b", other), Map.of());

        assertThat(decided.reactivatedMembers()).extracting(CampaignMember::responseId).containsExactly("00v-a");
        assertThat(decided.activationsToPublish()).extracting(AppliedReactivation::decision).containsExactly(first);
        assertThat(decided.funnelUpdates()).containsExactly(new FunnelUpdate("00Q-1",
                List.of(new ActiveResponse("00v-a", DECIDED_AT)), List.of(), "00v-a", List.of(
                        new ReactivationRefusal("evt-2", "Score", ReactivationAction.REACTIVATE_RESPONSE, NOW,
                                "lead 00Q-1 already has the open active response 00v-a"))));
    }

    @Test
    void shouldLeaveADefaultMemberReactivatedSinceByALaterDecisionToThatDecision() {
        ReactivationDecision inserting = insertDefaultMember("evt-1", LEAD_NOW);
        CampaignMember inserted = CampaignMember.defaultMember(inserting, NOW.minusSeconds(60)).published();
        CampaignMember reactivatedSince = inserted.reactivatedBy(reactivate("evt-2", inserted.responseId()),
                NOW.minusSeconds(30));

        ReactivationDecisions decided = decide(ONE_PER_LEAD, List.of(inserting),
                Map.of(inserted.responseId(), reactivatedSince), Map.of());

        assertThat(decided.newMembers()).isEmpty();
        assertThat(decided.funnelUpdates()).isEmpty();
        assertThat(decided.activationsToPublish()).isEmpty();
    }

    @Test
    void shouldTakeTheDefaultMemberThatAnotherInstanceInsertedFirst() {
        ReactivationDecision decision = insertDefaultMember("evt-1", LEAD_NOW);
        CampaignMember theirs = CampaignMember.defaultMember(decision, NOW.minusSeconds(1)).published();

        ReactivationDecisions decided = decide(ONE_PER_LEAD, List.of(decision), Map.of(), Map.of())
                .withMembersOf(Map.of(theirs.responseId(), theirs));

        assertThat(decided.newMembers()).isEmpty();
        assertThat(decided.funnelUpdates()).isEmpty();
        assertThat(decided.activationsToPublish()).isEmpty();
    }

    private static ReactivationDecisions decide(FunnelRules rules, List<ReactivationDecision> decisions,
            Map<String, CampaignMember> members, Map<String, LeadFunnel> funnels) {
        return ReactivationDecisions.decide(rules, NOW, decisions, members, funnels);
    }

    private static void assertRefused(FunnelRules rules, ReactivationDecision decision,
            Map<String, CampaignMember> members, LeadFunnel funnel, String reason) {
        ReactivationDecisions decided = decide(rules, List.of(decision), members, Map.of("00Q-1", funnel));

        assertThat(decided.funnelUpdates()).containsExactly(new FunnelUpdate("00Q-1", List.of(), List.of(),
                funnel.openActiveResponse().map(ActiveResponse::responseId).orElse(null), List.of(
                        new ReactivationRefusal(decision.eventId(), "Score", decision.action(), NOW, reason))));
        assertThat(decided.newMembers()).isEmpty();
        assertThat(decided.reactivatedMembers()).isEmpty();
        assertThat(decided.activationsToPublish()).isEmpty();
    }
}
