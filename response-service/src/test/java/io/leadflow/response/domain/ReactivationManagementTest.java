package io.leadflow.response.domain;

import static io.leadflow.response.domain.Decisions.DECIDED_AT;
import static io.leadflow.response.domain.Decisions.LEAD_NOW;
import static io.leadflow.response.domain.Decisions.at;
import static io.leadflow.response.domain.Decisions.insertDefaultMember;
import static io.leadflow.response.domain.Decisions.reactivate;
import static io.leadflow.response.domain.Responses.RESPONDED_AT;
import static io.leadflow.response.domain.Responses.response;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadflow.testsupport.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Applying reactivation decisions a batch at a time, against in-memory ports that count operations. */
class ReactivationManagementTest {

    static final Instant START = Instant.parse("2026-11-23T20:00:05.456Z");
    static final FunnelRules RULES = new FunnelRules(50, List.of("Open", "Working", "Nurture"), false, true,
            List.of("Disqualified", "Converted", "Recycled"));
    static final Owner ALICE = new Owner("005-alice", OwnerKind.USER, "Alice Archer");

    final MutableClock clock = new MutableClock(START);
    final List<String> operations = new ArrayList<>();
    final InMemoryCampaignMembers members = new InMemoryCampaignMembers(operations);
    final InMemoryLeadFunnels funnels = new InMemoryLeadFunnels(operations);
    final RecordingPublisher publisher = new RecordingPublisher(operations);
    final ReactivationManagement reactivations = new ReactivationManagement(RULES, members, funnels, publisher, clock);
    final ResponseManagement responses = new ResponseManagement(RULES, members, funnels, publisher, publisher, clock);

    @Test
    void shouldStoreThenOpenTheFunnelThenPublishThenMarkPublishedInOneOperationEach() {
        responses.receive(List.of(response("00v-a", "00Q-1", RESPONDED_AT, 20)));
        operations.clear();

        reactivations.apply(List.of(reactivate("evt-1", "00v-a")));

        assertThat(operations).containsExactly("find members", "find funnels", "reactivate members", "update funnels",
                "publish reactivations 1", "mark members published");
        assertThat(members.stored.get("00v-a").responseStatus()).isEqualTo(ResponseStatus.ACTIVE);
        assertThat(members.stored.get("00v-a").activatedAt()).isEqualTo(START);
        assertThat(members.stored.get("00v-a").activationPublished()).isTrue();
        assertThat(funnels.open("00Q-1")).containsExactly("00v-a");
        assertThat(publisher.reactivated).extracting(applied -> applied.decision().eventId()).containsExactly("evt-1");
    }

    @Test
    void shouldRecordARefusalInTheFunnelAndPublishNothing() {
        responses.receive(List.of(response("00v-a", "00Q-1", RESPONDED_AT)));
        operations.clear();

        reactivations.apply(List.of(insertDefaultMember("evt-1", LEAD_NOW)));

        assertThat(operations).containsExactly("find members", "find funnels", "update funnels");
        assertThat(funnels.stored.get("00Q-1").reactivationRefusals()).containsExactly(new ReactivationRefusal("evt-1",
                "Score", ReactivationAction.INSERT_DEFAULT_MEMBER, START,
                "lead 00Q-1 already has the open active response 00v-a"));
        assertThat(funnels.open("00Q-1")).containsExactly("00v-a");
        assertThat(publisher.reactivated).isEmpty();
    }

    @Test
    void shouldInsertADefaultMemberOnce() {
        ReactivationDecision decision = insertDefaultMember("evt-1", LEAD_NOW);

        reactivations.apply(List.of(decision));
        reactivations.apply(List.of(decision));

        String memberId = decision.memberId();
        assertThat(members.stored).containsOnlyKeys(memberId);
        assertThat(members.stored.get(memberId).activationPublished()).isTrue();
        assertThat(funnels.open("00Q-1")).containsExactly(memberId);
        assertThat(publisher.reactivated).extracting(applied -> applied.member().responseId()).containsExactly(memberId);
    }

    @Test
    void shouldPublishAReactivationWhosePublishingFailedOnceWithTheSameTime() {
        responses.receive(List.of(response("00v-a", "00Q-1", RESPONDED_AT, 20)));
        ReactivationDecision decision = reactivate("evt-1", "00v-a");
        publisher.failNext = true;

        assertThatThrownBy(() -> reactivations.apply(List.of(decision))).isInstanceOf(IllegalStateException.class);
        clock.advance(Duration.ofMinutes(5));
        reactivations.apply(List.of(decision));
        reactivations.apply(List.of(decision));

        assertThat(publisher.reactivated).hasSize(1);
        assertThat(publisher.reactivated.get(0).member().activatedAt()).isEqualTo(START);
        assertThat(members.stored.get("00v-a").activationPublished()).isTrue();
        assertThat(members.stored.get("00v-a").reactivation().count()).isEqualTo(1);
    }

    @Test
    void shouldLeaveAReactivationWaitingForItsPublicationToItsDecisionWhenTheResponseIsDeliveredAgain() {
        CampaignResponse low = response("00v-a", "00Q-1", RESPONDED_AT, 20);
        responses.receive(List.of(low));
        publisher.failNext = true;
        assertThatThrownBy(() -> reactivations.apply(List.of(reactivate("evt-1", "00v-a"))))
                .isInstanceOf(IllegalStateException.class);

        responses.receive(List.of(low));

        assertThat(publisher.published).isEmpty();
        assertThat(publisher.reactivated).isEmpty();
    }

    @Test
    void shouldReactivateCloseAndReactivateAgainWithANewDecision() {
        responses.receive(List.of(response("00v-a", "00Q-1", RESPONDED_AT)));
        LeadStatusChange converted = new LeadStatusChange("evt-converted", "00Q-1", "Converted",
                RESPONDED_AT.plusSeconds(10));
        responses.changeLeadStatuses(List.of(converted));
        ReactivationDecision first = at(reactivate("evt-1", "00v-a"), DECIDED_AT);
        reactivations.apply(List.of(first));
        LeadStatusChange recycled = new LeadStatusChange("evt-recycled", "00Q-1", "Recycled",
                DECIDED_AT.plusSeconds(10));
        responses.changeLeadStatuses(List.of(recycled));
        // A late redelivery of the first change must not close the funnel the next decision opens.
        ReactivationDecision second = at(reactivate("evt-2", "00v-a"), DECIDED_AT.plusSeconds(20));

        reactivations.apply(List.of(second));
        responses.changeLeadStatuses(List.of(converted, recycled));

        assertThat(publisher.reactivated).extracting(AppliedReactivation::decision).containsExactly(first, second);
        assertThat(publisher.closed).extracting(member -> member.closure().eventId())
                .containsExactly("evt-converted", "evt-recycled");
        assertThat(members.stored.get("00v-a").reactivation()).isEqualTo(new Reactivation(2, START, "Score", "evt-2"));
        assertThat(members.stored.get("00v-a").responseStatus()).isEqualTo(ResponseStatus.ACTIVE);
        assertThat(funnels.open("00Q-1")).containsExactly("00v-a");
    }

    @Test
    void shouldKeepTheFirstOwnerOfAReactivatedMemberAndGiveOneToAMemberThatNeverHadOne() {
        responses.receive(List.of(response("00v-owned", "00Q-1", RESPONDED_AT),
                response("00v-never", "00Q-2", RESPONDED_AT, 20)));
        LeadAssignment before = new LeadAssignment("evt-a1", "00Q-1", "00v-owned", ALICE,
                AssignmentMethod.EXTERNAL_ENGINE, RESPONDED_AT.plusSeconds(4), 4000);
        responses.recordAssignments(List.of(before));
        responses.changeLeadStatuses(List.of(new LeadStatusChange("evt-c", "00Q-1", "Recycled",
                RESPONDED_AT.plusSeconds(10))));
        ReactivationDecision never = new ReactivationDecision("evt-2", "00Q-2", "corr-2", DECIDED_AT, "Score",
                ReactivationAction.REACTIVATE_RESPONSE, "00v-never", null, null, true, true, LEAD_NOW, null);
        reactivations.apply(List.of(reactivate("evt-1", "00v-owned"), never));

        LeadAssignment afterOwned = new LeadAssignment("evt-a2", "00Q-1", "00v-owned", ALICE,
                AssignmentMethod.ROUND_ROBIN, START.plusSeconds(3), 3000);
        LeadAssignment afterNever = new LeadAssignment("evt-a3", "00Q-2", "00v-never", ALICE,
                AssignmentMethod.ROUND_ROBIN, START.plusSeconds(2), 2000);
        responses.recordAssignments(List.of(afterOwned, afterNever));

        assertThat(members.stored.get("00v-owned").firstOwner()).isEqualTo(before.asFirstOwner());
        assertThat(members.stored.get("00v-never").firstOwner()).isEqualTo(afterNever.asFirstOwner());
    }
}
