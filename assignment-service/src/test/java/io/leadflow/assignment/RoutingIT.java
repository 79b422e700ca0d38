package io.leadflow.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.data.mongodb.core.query.Criteria.where;

import io.leadflow.assignment.domain.AssignmentState;
import io.leadflow.assignment.domain.routing.AssignmentRule;
import io.leadflow.assignment.domain.routing.DistributionMethod;
import io.leadflow.assignment.domain.routing.DistributionRule;
import io.leadflow.assignment.domain.routing.LoadMeasure;
import io.leadflow.assignment.domain.routing.Member;
import io.leadflow.assignment.domain.routing.RoutingConfiguration;
import io.leadflow.assignment.domain.routing.RoutingQueue;
import io.leadflow.assignment.domain.routing.RoutingUser;
import io.leadflow.assignment.domain.routing.Target;
import io.leadflow.criteria.Condition;
import io.leadflow.criteria.Criteria;
import io.leadflow.criteria.Operator;
import io.leadflow.events.AssignmentMethod;
import io.leadflow.events.AssignmentPurpose;
import io.leadflow.events.CandidateVerdict;
import io.leadflow.events.LeadAssigned;
import io.leadflow.events.LeadAssignmentRequested;
import io.leadflow.events.LeadAttributes;
import io.leadflow.events.LeadOwnerChanged;
import io.leadflow.events.LeadSnapshot;
import io.leadflow.events.OpportunityChanged;
import io.leadflow.events.Owner;
import io.leadflow.events.ResponseActivated;
import io.leadflow.events.RoutingCandidate;
import io.leadflow.schemas.Topics;
import io.leadflow.testsupport.TestEvents;
import io.leadflow.testsupport.TopicProbe;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.JsonNode;

/** leadflow routing leads itself, end to end over the broker: exact distributions and their explanations. */
class RoutingIT extends RoutingIntegrationTest {

    @Autowired
    MongoTemplate mongo;

    @Test
    void shouldSpreadABulkOfLeadsRoundRobinExactlyAndExplainEveryDecision() {
        RoutingUser anna = user("Anna");
        RoutingUser ben = user("Ben");
        RoutingUser cara = user("Cara");
        String rule = "sdrs-" + unique;
        configure(pool(new DistributionRule(rule, DistributionMethod.ROUND_ROBIN,
                List.of(Member.of(anna.id()), Member.of(ben.id()), Member.of(cara.id())), null, null), anna, ben, cara));

        List<ResponseActivated> activations = activateLeads(30);
        List<LeadAssigned> assigned = awaitAssigned(activations);

        assertThat(ownerCounts(assigned)).containsExactlyInAnyOrderEntriesOf(
                Map.of(anna.id(), 10L, ben.id(), 10L, cara.id(), 10L));
        assertThat(countsBy(assigned, LeadAssigned::getMethod)).containsExactly(
                Map.entry(AssignmentMethod.ROUND_ROBIN, 30L));
        for (LeadAssigned event : assigned) {
            assertThat(event.getExplanation().getDistributionRule()).isEqualTo(rule);
            assertThat(event.getExplanation().getCandidates()).extracting(RoutingCandidate::getUserId)
                    .containsExactly(anna.id(), ben.id(), cara.id());
            assertThat(event.getExplanation().getCandidates()).filteredOn(c -> c.getVerdict() == CandidateVerdict.CHOSEN)
                    .extracting(RoutingCandidate::getUserId).containsExactly(event.getOwner().getId());
            assertThat(event.getReason()).isEqualTo(event.getExplanation().getSummary());
            LeadAssignmentRequested request = probe.awaitEvent(Topics.LEAD_ASSIGNMENT_REQUESTED, event.getLeadId());
            assertThat(request.getPurpose()).isEqualTo(AssignmentPurpose.FINAL_OWNER);
            assertThat(request.getOwner()).isEqualTo(event.getOwner());
        }
        JsonNode history = http.get("/leads/" + assigned.get(0).getLeadId() + "/assignments").json();
        assertThat(history.get(0).get("explanation").get("summary").asString())
                .isEqualTo(assigned.get(0).getExplanation().getSummary());
        assertThat(history.get(0).get("method").asString()).isEqualTo("ROUND_ROBIN");
    }

    @Test
    void shouldGiveWeightedMembersLeadsInProportionToTheirWeights() {
        RoutingUser anna = user("Anna");
        RoutingUser ben = user("Ben");
        configure(pool(new DistributionRule("closers-" + unique, DistributionMethod.WEIGHTED,
                List.of(new Member(anna.id(), 3, null), new Member(ben.id(), 1, null)), null, null), anna, ben));

        List<LeadAssigned> assigned = awaitAssigned(activateLeads(40));

        assertThat(ownerCounts(assigned)).containsExactlyInAnyOrderEntriesOf(Map.of(anna.id(), 30L, ben.id(), 10L));
        assertThat(countsBy(assigned, LeadAssigned::getMethod)).containsExactly(
                Map.entry(AssignmentMethod.WEIGHTED, 40L));
    }

    @Test
    void shouldRouteThroughTheFirstMatchingAssignmentRuleIntoItsDistributionRule() {
        RoutingUser anna = user("Anna");
        RoutingUser ben = user("Ben");
        RoutingUser cara = user("Cara");
        RoutingQueue nurture = new RoutingQueue("00G-nurture-" + unique, "Nurture Queue");
        String emea = "emea-" + unique;
        RoutingConfiguration configuration = new RoutingConfiguration(Target.assignmentRules(), List.of(
                new AssignmentRule("EMEA", Criteria.all(Condition.of("country", Operator.IN, "DE", "FR")),
                        Target.distributionRule(emea)),
                new AssignmentRule("Enterprise", Criteria.all(Condition.of("companySize", Operator.AT_LEAST, "1000")),
                        Target.user(cara.id()))),
                Target.queue(nurture.id()),
                List.of(new DistributionRule(emea, DistributionMethod.ROUND_ROBIN,
                        List.of(Member.of(anna.id()), Member.of(ben.id())), null, null)),
                List.of(anna, ben, cara), List.of(nurture), List.of());
        configure(configuration);

        ResponseActivated german = activationFrom("DE", 50);
        // Leads of different partitions are routed in parallel; the German lead takes the first turn only if
        // it is routed before the French one arrives.
        probe.awaitEvent(Topics.LEAD_ASSIGNED, german.getLeadId());
        ResponseActivated french = activationFrom("FR", 5000);
        ResponseActivated bigAmerican = activationFrom("US", 5000);
        ResponseActivated smallAmerican = activationFrom("US", 20);
        List<LeadAssigned> assigned = awaitAssigned(List.of(german, french, bigAmerican, smallAmerican));

        assertThat(assigned).extracting(event -> event.getOwner().getId())
                .containsExactly(anna.id(), ben.id(), cara.id(), nurture.id());
        assertThat(assigned).extracting(LeadAssigned::getMethod).containsExactly(AssignmentMethod.ROUND_ROBIN,
                AssignmentMethod.ROUND_ROBIN, AssignmentMethod.ASSIGNMENT_RULE, AssignmentMethod.ASSIGNMENT_RULE);
        assertThat(assigned).extracting(event -> event.getExplanation().getAssignmentRule())
                .containsExactly("EMEA", "EMEA", "Enterprise", "catch-all");
        assertThat(assigned.get(2).getExplanation().getSummary()).isEqualTo("Assignment rule 'Enterprise' matched: "
                + "companySize 5000 is at least 1000; sent to Cara (" + cara.id() + ").");
    }

    @Test
    void shouldGiveTheLeadToTheMemberWithTheFewestOpenLeadsCountedFromLeadEvents() {
        RoutingUser anna = user("Anna");
        RoutingUser ben = user("Ben");
        configure(pool(new DistributionRule("balanced-" + unique, DistributionMethod.LOAD_BALANCED,
                List.of(Member.of(anna.id()), Member.of(ben.id())), null, null), anna, ben));
        ownLeads(anna, 2);
        List<String> bensLeads = ownLeads(ben, 3);
        bensLeads.subList(0, 2).forEach(leadId -> upstream.publish(Topics.LEAD_STATUS_CHANGED,
                TestEvents.statusChanged(leadId, "Working", "Converted").setOccurredAt(clock.instant()).build()));
        await().atMost(TopicProbe.PATIENCE).until(() -> "fewest open leads (1)".equals(previewedChoice()));

        LeadAssigned assigned = awaitAssigned(activateLeads(1)).get(0);

        assertThat(assigned.getOwner().getId()).isEqualTo(ben.id());
        assertThat(assigned.getMethod()).isEqualTo(AssignmentMethod.LOAD_BALANCED);
        assertThat(assigned.getExplanation().getCandidates()).extracting(RoutingCandidate::getDetail)
                .containsExactly("available, 2 open leads, Ben has 1", "fewest open leads (1)");
    }

    @Test
    void shouldBalanceByOpenOpportunitiesCountedFromOpportunityEventsDeliveredAnyNumberOfTimes() {
        RoutingUser anna = user("Anna");
        RoutingUser ben = user("Ben");
        configure(new RoutingConfiguration(Target.distributionRule("by-opportunities-" + unique), List.of(), null,
                List.of(new DistributionRule("by-opportunities-" + unique, DistributionMethod.LOAD_BALANCED,
                        List.of(Member.of(anna.id()), Member.of(ben.id())), null, null,
                        LoadMeasure.OPEN_OPPORTUNITIES)),
                List.of(anna, ben), List.of(), List.of()));
        Owner annaOwner = TestEvents.user(anna.id(), anna.name());
        Owner benOwner = TestEvents.user(ben.id(), ben.name());
        for (int i = 0; i < 2; i++) {
            OpportunityChanged opportunity = TestEvents.opportunityChanged(TestEvents.newLeadId(),
                    "006-anna-" + i + "-" + unique, annaOwner, true).setOccurredAt(clock.instant()).build();
            upstream.publish(Topics.OPPORTUNITY_CHANGED, opportunity);
            upstream.publish(Topics.OPPORTUNITY_CHANGED, opportunity);
        }
        String bensLead = TestEvents.newLeadId();
        upstream.publish(Topics.OPPORTUNITY_CHANGED, TestEvents.opportunityChanged(bensLead, "006-ben-" + unique,
                benOwner, true).setOccurredAt(clock.instant().minusSeconds(10)).build());
        upstream.publish(Topics.OPPORTUNITY_CHANGED, TestEvents.opportunityChanged(bensLead, "006-ben-" + unique,
                benOwner, false).setOccurredAt(clock.instant()).build());
        await().atMost(TopicProbe.PATIENCE).until(() -> "fewest open opportunities (0)".equals(previewedChoice()));

        LeadAssigned assigned = awaitAssigned(activateLeads(1)).get(0);

        assertThat(assigned.getOwner().getId()).isEqualTo(ben.id());
        assertThat(assigned.getExplanation().getCandidates()).extracting(RoutingCandidate::getDetail)
                .containsExactly("available, 2 open opportunities, Ben has 0", "fewest open opportunities (0)");
    }

    @Test
    void shouldTakeNoFurtherTurnWhenAnActivationIsDeliveredTwice() {
        RoutingUser anna = user("Anna");
        RoutingUser ben = user("Ben");
        String rule = "sdrs-" + unique;
        configure(pool(new DistributionRule(rule, DistributionMethod.ROUND_ROBIN,
                List.of(Member.of(anna.id()), Member.of(ben.id())), null, null), anna, ben));
        ResponseActivated activation = activation(TestEvents.newLeadId()).build();

        upstream.publish(Topics.RESPONSE_ACTIVATED, activation);
        upstream.publish(Topics.RESPONSE_ACTIVATED, activation);

        assertThat(probe.awaitEvent(Topics.LEAD_ASSIGNED, activation.getLeadId()).getOwner().getId())
                .isEqualTo(anna.id());
        probe.assertStaysAt(Topics.LEAD_ASSIGNED, activation.getLeadId(), 1, QUIET);
        probe.assertStaysAt(Topics.LEAD_ASSIGNMENT_REQUESTED, activation.getLeadId(), 1, QUIET);
        JsonNode state = http.get("/routing/distribution-rules/" + rule + "/state").json();
        assertThat(state.get("members").valueStream().map(member -> member.get("userId").asString() + " "
                + member.get("assigned").asLong())).containsExactly(anna.id() + " 1", ben.id() + " 0");
        assertThat(state.get("recentPicks")).hasSize(1);
        assertThat(state.get("unconfirmedPicks")).isEmpty();
        assertThat(awaitAssigned(activateLeads(1)).get(0).getOwner().getId()).isEqualTo(ben.id());
    }

    @Test
    void shouldLeaveALeadUnassignedWithTheReasonWhenEveryMemberIsFull() {
        RoutingUser anna = user("Anna");
        String rule = "capped-" + unique;
        configure(pool(new DistributionRule(rule, DistributionMethod.ROUND_ROBIN,
                List.of(new Member(anna.id(), null, 1)), null, null), anna));
        awaitAssigned(activateLeads(1));

        ResponseActivated second = activateLeads(1).get(0);

        await().atMost(TopicProbe.PATIENCE).until(() -> assignments.find(second.getResponseId()).isPresent());
        assertThat(assignments.find(second.getResponseId()).orElseThrow().state()).isEqualTo(AssignmentState.UNASSIGNED);
        assertThat(assignments.find(second.getResponseId()).orElseThrow().reason()).isEqualTo(
                "Left unassigned: nobody in distribution rule '" + rule + "' can take the lead (Anna reached the cap "
                        + "of 1 lead per day) and it has no overflow.");
        probe.assertStaysAt(Topics.LEAD_ASSIGNED, second.getLeadId(), 0, QUIET);
    }

    @Test
    void shouldApplyAChangedConfigurationToTheNextLeadAndCompleteTheRoundInProgress() {
        RoutingUser anna = user("Anna");
        RoutingUser ben = user("Ben");
        RoutingUser cara = user("Cara");
        RoutingUser dan = user("Dan");
        String rule = "sdrs-" + unique;
        configure(pool(new DistributionRule(rule, DistributionMethod.ROUND_ROBIN,
                List.of(Member.of(anna.id()), Member.of(ben.id()), Member.of(cara.id())), null, null), anna, ben, cara));
        LeadAssigned first = awaitAssigned(activateLeads(1)).get(0);

        configure(pool(new DistributionRule(rule, DistributionMethod.ROUND_ROBIN,
                List.of(Member.of(anna.id()), Member.of(cara.id()), Member.of(dan.id())), null, null), anna, cara, dan));
        List<String> next = awaitAssigned(activateLeads(1)).stream().map(event -> event.getOwner().getId()).toList();
        List<String> afterThat = awaitAssigned(activateLeads(1)).stream().map(event -> event.getOwner().getId())
                .toList();
        List<String> last = awaitAssigned(activateLeads(1)).stream().map(event -> event.getOwner().getId()).toList();

        assertThat(first.getOwner().getId()).isEqualTo(anna.id());
        assertThat(List.of(next.get(0), afterThat.get(0), last.get(0))).containsExactly(cara.id(), dan.id(), anna.id());
    }

    @Test
    void shouldNeitherResetNorSkipTurnsWhenPastAssignmentsAreDeleted() {
        RoutingUser anna = user("Anna");
        RoutingUser ben = user("Ben");
        RoutingUser cara = user("Cara");
        configure(pool(new DistributionRule("sdrs-" + unique, DistributionMethod.ROUND_ROBIN,
                List.of(Member.of(anna.id()), Member.of(ben.id()), Member.of(cara.id())), null, null), anna, ben, cara));
        // One at a time: leads of different partitions are routed in parallel, so two at once take turns in
        // either order.
        List<LeadAssigned> before = new ArrayList<>(awaitAssigned(activateLeads(1)));
        before.addAll(awaitAssigned(activateLeads(1)));

        mongo.remove(Query.query(where("leadId").in(before.stream().map(LeadAssigned::getLeadId).toList())),
                "assignments");
        List<LeadAssigned> after = new ArrayList<>();
        after.addAll(awaitAssigned(activateLeads(1)));
        after.addAll(awaitAssigned(activateLeads(1)));

        assertThat(before).extracting(event -> event.getOwner().getId()).containsExactly(anna.id(), ben.id());
        assertThat(after).extracting(event -> event.getOwner().getId()).containsExactly(cara.id(), anna.id());
    }

    @Test
    void shouldPreviewWhereALeadWouldGoWithoutTakingAnyonesTurn() {
        RoutingUser anna = user("Anna");
        RoutingUser ben = user("Ben");
        String rule = "sdrs-" + unique;
        RoutingConfiguration roundRobin = pool(new DistributionRule(rule, DistributionMethod.ROUND_ROBIN,
                List.of(Member.of(anna.id()), Member.of(ben.id())), null, null), anna, ben);
        configure(roundRobin);
        Map<String, Object> lead = Map.of("leadId", "00Q-preview", "country", "DE", "companySize", 300,
                "owner", Map.of("id", "00G-inbound", "kind", "QUEUE"));

        ApiClient.Response current = http.post("/routing/preview", Map.of("lead", lead));
        ApiClient.Response proposed = http.post("/routing/preview", Map.of("lead", lead, "configuration",
                new RoutingConfiguration(Target.user(ben.id()), List.of(), null, List.of(), List.of(anna, ben),
                        List.of(), List.of())));

        assertThat(current.status()).isEqualTo(HttpStatus.OK);
        assertThat(current.json().get("finalOwner").get("id").asString()).isEqualTo(anna.id());
        assertThat(current.json().get("method").asString()).isEqualTo("ROUND_ROBIN");
        assertThat(current.json().get("explanation").get("candidates").size()).isEqualTo(2);
        assertThat(proposed.json().get("finalOwner").get("id").asString()).isEqualTo(ben.id());
        assertThat(proposed.json().get("method").asString()).isEqualTo("DIRECT");
        assertThat(http.get("/routing/distribution-rules/" + rule + "/state").json().get("version").asLong()).isZero();
        assertThat(awaitAssigned(activateLeads(1)).get(0).getOwner().getId()).isEqualTo(anna.id());
    }

    private RoutingConfiguration pool(DistributionRule rule, RoutingUser... users) {
        return new RoutingConfiguration(Target.distributionRule(rule.name()), List.of(), null, List.of(rule),
                List.of(users), List.of(), List.of());
    }

    private ResponseActivated activationFrom(String country, int companySize) {
        String leadId = TestEvents.newLeadId();
        ResponseActivated activation = activation(leadId).setLead(LeadSnapshot.newBuilder(TestEvents.lead().build())
                .setAttributes(LeadAttributes.newBuilder(TestEvents.lead().build().getAttributes())
                        .setCountry(country).setCompanySize(companySize).build())
                .build()).build();
        upstream.publish(Topics.RESPONSE_ACTIVATED, activation);
        return activation;
    }

    /** Gives the user {@code count} open leads through the CRM's owner changes, and waits until they are known. */
    private List<String> ownLeads(RoutingUser user, int count) {
        List<String> leadIds = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String leadId = TestEvents.newLeadId();
            LeadOwnerChanged change = ownerChange(leadId, TestEvents.INBOUND_QUEUE,
                    TestEvents.user(user.id(), user.name()), clock.instant().minusSeconds(60));
            upstream.publish(Topics.LEAD_OWNER_CHANGED, change);
            awaitRecorded(change);
            leadIds.add(leadId);
        }
        return leadIds;
    }

    /** The preview's explanation of the member it would choose: tells when the projection caught up. */
    private String previewedChoice() {
        JsonNode preview = http.post("/routing/preview", Map.of("lead", Map.of("owner",
                Map.of("id", "00G-inbound", "kind", "QUEUE")))).json();
        for (JsonNode candidate : preview.get("explanation").get("candidates")) {
            if ("CHOSEN".equals(candidate.get("verdict").asString())) {
                return candidate.get("detail").asString();
            }
        }
        return null;
    }
}
