package io.leadflow.response.domain;

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

/** The orchestration around the decisions, a batch at a time, against in-memory ports that count operations. */
class ResponseManagementTest {

    static final List<String> QUALIFYING = List.of("Open", "Working", "Nurture");
    static final List<String> CLOSING = List.of("Disqualified", "Converted", "Recycled");
    static final Instant START = Instant.parse("2026-11-23T19:05:00.456Z");
    static final Owner ALICE = new Owner("005-alice", OwnerKind.USER, "Alice Archer");
    static final Owner BOB = new Owner("005-bob", OwnerKind.USER, "Bob Baker");

    final MutableClock clock = new MutableClock(START);
    final List<String> operations = new ArrayList<>();
    final InMemoryCampaignMembers members = new InMemoryCampaignMembers(operations);
    final InMemoryLeadFunnels funnels = new InMemoryLeadFunnels(operations);
    final RecordingPublisher publisher = new RecordingPublisher(operations);

    ResponseManagement management(boolean oneActiveResponsePerLead) {
        return new ResponseManagement(new FunnelRules(50, QUALIFYING, false, oneActiveResponsePerLead, CLOSING),
                members, funnels, publisher, publisher, clock);
    }

    @Test
    void shouldPublishAnActivationOnceAndMarkItPublished() {
        ResponseManagement management = management(true);
        CampaignResponse qualifying = response(true, 85, "Open");

        management.receive(List.of(qualifying));
        management.receive(List.of(qualifying));

        assertThat(publisher.publishedIds()).containsExactly("00v-1");
        assertThat(members.stored.get("00v-1").activationPublished()).isTrue();
        assertThat(members.stored.get("00v-1").activatedAt()).isEqualTo(START);
        assertThat(funnels.open("00Q-1")).containsExactly("00v-1");
    }

    @Test
    void shouldRepublishTheStoredActivationWhenThePreviousPublishFailed() {
        ResponseManagement management = management(true);
        CampaignResponse qualifying = response(true, 85, "Open");
        publisher.failNext = true;

        assertThatThrownBy(() -> management.receive(List.of(qualifying))).isInstanceOf(IllegalStateException.class);
        clock.advance(Duration.ofMinutes(5));
        management.receive(List.of(qualifying));

        assertThat(publisher.published).hasSize(1);
        assertThat(publisher.published.get(0).activatedAt()).isEqualTo(START);
        assertThat(members.stored.get("00v-1").activationPublished()).isTrue();
    }

    @Test
    void shouldActivateEveryQualifyingResponseWhenLeadsMayHaveSeveral() {
        ResponseManagement management = management(false);
        CampaignResponse first = response(true, 85, "Open");
        CampaignResponse second = new CampaignResponse("00v-2", first.leadId(), "corr-2", "701-other", null,
                "Responded", true, first.respondedAt().plusSeconds(60), first.lead());

        management.receive(List.of(first));
        management.receive(List.of(second));

        assertThat(publisher.publishedIds()).containsExactly("00v-1", "00v-2");
        assertThat(funnels.open(first.leadId())).containsExactly("00v-1", "00v-2");
    }

    @Test
    void shouldDecideSeveralResponsesOfALeadInOneBatchAsOneAtATime() {
        List<CampaignResponse> responses = List.of(
                response("00v-low", "00Q-1", RESPONDED_AT, 20),
                response("00v-a", "00Q-1", RESPONDED_AT.plusSeconds(1)),
                response("00v-b", "00Q-1", RESPONDED_AT.plusSeconds(2)),
                response("00v-other", "00Q-2", RESPONDED_AT.plusSeconds(3)));
        List<String> oneAtATime = new ArrayList<>();
        InMemoryCampaignMembers alone = new InMemoryCampaignMembers(oneAtATime);
        RecordingPublisher alonePublisher = new RecordingPublisher(oneAtATime);
        ResponseManagement single = new ResponseManagement(new FunnelRules(50, QUALIFYING, false, true, CLOSING),
                alone, new InMemoryLeadFunnels(oneAtATime), alonePublisher, alonePublisher, clock);
        responses.forEach(response -> single.receive(List.of(response)));

        management(true).receive(responses);

        assertThat(members.stored).isEqualTo(alone.stored);
        assertThat(publisher.published).isEqualTo(alonePublisher.published);
        assertThat(publisher.publishedIds()).containsExactly("00v-a", "00v-other");
        assertThat(members.stored.get("00v-b").resolution())
                .isEqualTo("meets the funnel criteria, but lead 00Q-1 already has the open active response 00v-a");
        assertThat(members.stored.get("00v-low").responseStatus()).isEqualTo(ResponseStatus.RESOLVED_NO_ACTION);
    }

    @Test
    void shouldReadEachCollectionOnceAndWriteEachOnceForAWholeBatch() {
        List<CampaignResponse> responses = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            responses.add(response("00v-" + i, "00Q-" + i, RESPONDED_AT));
        }

        management(true).receive(responses);

        assertThat(operations).containsExactly("find members", "find funnels", "insert members", "update funnels",
                "publish 50", "mark members published");
    }

    @Test
    void shouldKeepTheFirstDecisionOfAResponseDeliveredTwiceInOneBatchAndAcrossBatches() {
        ResponseManagement management = management(true);
        CampaignResponse qualifying = response("00v-a", "00Q-1", RESPONDED_AT);
        CampaignResponse next = response("00v-b", "00Q-1", RESPONDED_AT.plusSeconds(1));

        management.receive(List.of(qualifying, qualifying, next));
        management.receive(List.of(next, qualifying));

        assertThat(publisher.publishedIds()).containsExactly("00v-a");
        assertThat(members.stored).containsOnlyKeys("00v-a", "00v-b");
        assertThat(members.stored.get("00v-b").responseStatus())
                .isEqualTo(ResponseStatus.RESOLVED_ACTIVE_RESPONSE_EXISTS);
        assertThat(funnels.open("00Q-1")).containsExactly("00v-a");
    }

    @Test
    void shouldOpenTheFunnelOfAStoredActivationWhoseFunnelWasNeverWritten() {
        CampaignResponse qualifying = response("00v-a", "00Q-1", RESPONDED_AT);
        members.stored.put("00v-a", CampaignMember.activated(qualifying, START.minusSeconds(30)));

        management(true).receive(List.of(qualifying, response("00v-b", "00Q-1", RESPONDED_AT.plusSeconds(1))));

        assertThat(publisher.published).extracting(CampaignMember::activatedAt).containsExactly(START.minusSeconds(30));
        assertThat(funnels.open("00Q-1")).containsExactly("00v-a");
        assertThat(members.stored.get("00v-b").responseStatus())
                .isEqualTo(ResponseStatus.RESOLVED_ACTIVE_RESPONSE_EXISTS);
    }

    @Test
    void shouldTakeTheDecisionOfAnotherInstanceThatStoredTheResponseFirst() {
        CampaignResponse qualifying = response("00v-a", "00Q-1", RESPONDED_AT);
        CampaignMember theirs = CampaignMember.activated(qualifying, START.minusSeconds(1)).published();
        members.beforeInsert = () -> members.stored.put("00v-a", theirs);

        management(true).receive(List.of(qualifying));

        assertThat(members.stored.get("00v-a")).isEqualTo(theirs);
        assertThat(publisher.published).isEmpty();
        assertThat(funnels.stored).isEmpty();
    }

    @Test
    void shouldCloseOnlyTheResponsesCreatedAtOrBeforeTheStatusChange() {
        ResponseManagement management = management(false);
        management.receive(List.of(response("00v-a", "00Q-1", RESPONDED_AT),
                response("00v-b", "00Q-1", RESPONDED_AT.plusSeconds(60))));
        operations.clear();

        management.changeLeadStatuses(List.of(
                new LeadStatusChange("evt-working", "00Q-1", "Working", RESPONDED_AT.plusSeconds(10)),
                new LeadStatusChange("evt-converted", "00Q-1", "Converted", RESPONDED_AT.plusSeconds(10))));

        assertThat(members.stored.get("00v-a").responseStatus()).isEqualTo(ResponseStatus.CLOSED);
        FunnelClosure closure = new FunnelClosure("evt-converted", RESPONDED_AT.plusSeconds(10),
                "lead status changed to Converted");
        assertThat(members.stored.get("00v-a").closure()).isEqualTo(closure);
        assertThat(members.stored.get("00v-b").responseStatus()).isEqualTo(ResponseStatus.ACTIVE);
        assertThat(funnels.open("00Q-1")).containsExactly("00v-b");
        assertThat(publisher.closed).containsExactly(members.stored.get("00v-a"));
        assertThat(operations).containsExactly(
                "find funnels", "find members", "close members", "publish closures 1", "update funnels");
    }

    @Test
    void shouldPublishTheSameClosingsAgainWhenTheStatusChangeIsRedeliveredAfterTheirPublishingFailed() {
        ResponseManagement management = management(true);
        management.receive(List.of(response("00v-a", "00Q-1", RESPONDED_AT)));
        LeadStatusChange converted = new LeadStatusChange("evt-converted", "00Q-1", "Converted",
                RESPONDED_AT.plusSeconds(10));
        publisher.failNext = true;

        assertThatThrownBy(() -> management.changeLeadStatuses(List.of(converted)))
                .isInstanceOf(IllegalStateException.class);
        assertThat(members.stored.get("00v-a").responseStatus()).isEqualTo(ResponseStatus.CLOSED);
        assertThat(funnels.open("00Q-1")).containsExactly("00v-a");
        management.changeLeadStatuses(List.of(converted));
        management.changeLeadStatuses(List.of(converted));

        assertThat(publisher.closed).containsExactly(members.stored.get("00v-a"));
        assertThat(publisher.closed.get(0).closure())
                .isEqualTo(new FunnelClosure("evt-converted", RESPONDED_AT.plusSeconds(10),
                        "lead status changed to Converted"));
        assertThat(funnels.open("00Q-1")).isEmpty();
    }

    @Test
    void shouldReadNothingForStatusChangesThatCloseNoFunnel() {
        management(true).changeLeadStatuses(List.of(new LeadStatusChange("evt-1", "00Q-1", "Working", START)));

        assertThat(operations).isEmpty();
    }

    @Test
    void shouldCloseOnceWhenOneBatchClosesTheFunnelTwiceAndLetTheNextBatchReopenIt() {
        ResponseManagement management = management(true);
        management.receive(List.of(response("00v-a", "00Q-1", RESPONDED_AT)));
        LeadStatusChange converted = new LeadStatusChange("evt-converted", "00Q-1", "Converted",
                RESPONDED_AT.plusSeconds(10));

        management.changeLeadStatuses(List.of(converted,
                new LeadStatusChange("evt-recycled", "00Q-1", "Recycled", RESPONDED_AT.plusSeconds(20)), converted));
        management.receive(List.of(response("00v-b", "00Q-1", RESPONDED_AT.plusSeconds(30)),
                response("00v-c", "00Q-1", RESPONDED_AT.plusSeconds(40))));

        assertThat(members.stored.get("00v-a").closure().reason()).isEqualTo("lead status changed to Converted");
        assertThat(publisher.closed).extracting(CampaignMember::responseId).containsExactly("00v-a");
        assertThat(members.stored.get("00v-b").responseStatus()).isEqualTo(ResponseStatus.ACTIVE);
        assertThat(members.stored.get("00v-c").resolution())
                .isEqualTo("meets the funnel criteria, but lead 00Q-1 already has the open active response 00v-b");
        assertThat(publisher.publishedIds()).containsExactly("00v-a", "00v-b");
        assertThat(funnels.open("00Q-1")).containsExactly("00v-b");
        assertThat(funnels.openActiveResponseIds).containsEntry("00Q-1", "00v-b");
    }

    @Test
    void shouldSetTheFirstOwnerOnceWhenOneBatchAssignsAResponseTwice() {
        ResponseManagement management = management(true);
        management.receive(List.of(response("00v-a", "00Q-1", RESPONDED_AT)));
        LeadAssignment toAlice = assignment("evt-alice", "00Q-1", "00v-a", ALICE);

        List<Rejected<LeadAssignment>> rejected = management.recordAssignments(
                List.of(toAlice, assignment("evt-bob", "00Q-1", "00v-a", BOB)));
        management.recordAssignments(List.of(assignment("evt-bob-again", "00Q-1", "00v-a", BOB)));

        assertThat(rejected).isEmpty();
        assertThat(members.stored.get("00v-a").firstOwner()).isEqualTo(toAlice.asFirstOwner());
    }

    @Test
    void shouldRejectAnAssignmentOfAResponseOfAnotherLeadAndRecordTheOthers() {
        ResponseManagement management = management(true);
        management.receive(List.of(response("00v-a", "00Q-1", RESPONDED_AT), response("00v-b", "00Q-2", RESPONDED_AT)));
        LeadAssignment otherLead = assignment("evt-1", "00Q-other", "00v-a", ALICE);
        LeadAssignment unknown = assignment("evt-2", "00Q-2", "00v-unknown", ALICE);

        List<Rejected<LeadAssignment>> rejected = management.recordAssignments(List.of(
                assignment("evt-0", "00Q-1", "00v-a", BOB), otherLead, unknown,
                assignment("evt-3", "00Q-2", "00v-b", ALICE)));

        assertThat(rejected).containsExactly(
                new Rejected<>(otherLead, "no campaign member 00v-a for lead 00Q-other"),
                new Rejected<>(unknown, "no campaign member 00v-unknown for lead 00Q-2"));
        assertThat(members.stored.get("00v-a").firstOwner().owner()).isEqualTo(BOB);
        assertThat(members.stored.get("00v-b").firstOwner().owner()).isEqualTo(ALICE);
    }

    private static LeadAssignment assignment(String eventId, String leadId, String responseId, Owner owner) {
        return new LeadAssignment(eventId, leadId, responseId, owner, AssignmentMethod.EXTERNAL_ENGINE, START, 4000);
    }
}
