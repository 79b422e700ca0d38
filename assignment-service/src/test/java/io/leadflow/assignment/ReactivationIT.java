package io.leadflow.assignment;

import static io.leadflow.testsupport.TestEvents.ALICE;
import static io.leadflow.testsupport.TestEvents.BOB;
import static io.leadflow.testsupport.TestEvents.ROUTING_QUEUE;
import static io.leadflow.testsupport.TestEvents.newLeadId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.leadflow.assignment.domain.Round;
import io.leadflow.assignment.domain.routing.DistributionMethod;
import io.leadflow.assignment.domain.routing.DistributionRule;
import io.leadflow.assignment.domain.routing.Member;
import io.leadflow.assignment.domain.routing.RoutingConfiguration;
import io.leadflow.assignment.domain.routing.RoutingUser;
import io.leadflow.assignment.domain.routing.Target;
import io.leadflow.events.ActivationKind;
import io.leadflow.events.AssignmentMethod;
import io.leadflow.events.AssignmentPurpose;
import io.leadflow.events.LeadAssigned;
import io.leadflow.events.LeadAssignmentRequested;
import io.leadflow.events.LeadSnapshot;
import io.leadflow.events.ResponseActivated;
import io.leadflow.events.RoutingExplanation;
import io.leadflow.platform.events.EventIds;
import io.leadflow.schemas.Topics;
import io.leadflow.testsupport.TestEvents;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A reactivation of a response that was activated and assigned before is a new round of assignment: a new
 * {@code response.activated} event id, a new assignment, new event ids; while a redelivery of either activation
 * changes nothing. "Nothing" is proved by a later activation of the same lead (same partition, handled after
 * the redeliveries) whose outcome arrives while nothing else did.
 */
class ReactivationIT extends RoutingIntegrationTest {

    @Test
    void shouldRouteAReactivationOfAnAssignedResponseAsANewRoundAndDropRedeliveriesOfEitherActivation() {
        String leadId = newLeadId();
        ResponseActivated first = activation(leadId).build();
        upstream.publish(Topics.RESPONSE_ACTIVATED, first);
        probe.awaitEvent(Topics.LEAD_ASSIGNMENT_REQUESTED, leadId);
        upstream.publish(Topics.LEAD_OWNER_CHANGED,
                ownerChange(leadId, ROUTING_QUEUE, BOB, first.getOccurredAt().plusSeconds(42)));
        LeadAssigned firstRound = probe.awaitEvent(Topics.LEAD_ASSIGNED, leadId);

        // Months later a scenario puts the lead back in the inbound queue and reactivates the same response.
        Instant reactivatedAt = first.getOccurredAt().plus(Duration.ofDays(90));
        ResponseActivated reactivation = ResponseActivated.newBuilder(first)
                .setEventId(UUID.randomUUID().toString()).setOccurredAt(reactivatedAt)
                .setKind(ActivationKind.REACTIVATED)
                .setReactivationScenario("score-jump").setReactivationDecisionId("decision-" + leadId)
                .build();
        String round = Round.reactivation(reactivation.getEventId(), "score-jump", null)
                .assignmentId(first.getResponseId());
        upstream.publish(Topics.RESPONSE_ACTIVATED, reactivation);

        String parkingId = EventIds.derived("lead.assignment.requested", round, "TEMPORARY_OWNER");
        assertThat(probe.awaitEvents(Topics.LEAD_ASSIGNMENT_REQUESTED, leadId, 2).get(1)).isEqualTo(
                LeadAssignmentRequested.newBuilder()
                        .setEventId(parkingId).setOccurredAt(clock.instant())
                        .setCorrelationId(first.getCorrelationId()).setLeadId(leadId)
                        .setRequestId(parkingId).setResponseId(first.getResponseId())
                        .setOwner(ROUTING_QUEUE).setPurpose(AssignmentPurpose.TEMPORARY_OWNER)
                        .build());
        Instant movedAt = reactivatedAt.plusSeconds(12);
        upstream.publish(Topics.LEAD_OWNER_CHANGED, ownerChange(leadId, ROUTING_QUEUE, ALICE, movedAt));
        LeadAssigned secondRound = probe.awaitEvents(Topics.LEAD_ASSIGNED, leadId, 2).get(1);
        String summary = "matchmaker moved the lead from Lead Routing Queue to Alice Archer";
        assertThat(secondRound).isEqualTo(LeadAssigned.newBuilder()
                .setEventId(EventIds.derived("lead.assigned", round))
                .setOccurredAt(movedAt)
                .setCorrelationId(first.getCorrelationId()).setLeadId(leadId)
                .setResponseId(first.getResponseId()).setCampaignId(first.getCampaignId())
                .setOwner(ALICE).setPreviousOwner(ROUTING_QUEUE).setMethod(AssignmentMethod.EXTERNAL_ENGINE)
                .setReason(summary)
                .setActivatedAt(reactivatedAt).setAssignedAt(movedAt).setTimeToAssignMillis(12_000)
                .setLead(LeadSnapshot.newBuilder(first.getLead()).setOwner(ALICE).build())
                .setExplanation(RoutingExplanation.newBuilder()
                        .setSummary(summary)
                        .setConfigurationVersion(secondRound.getExplanation().getConfigurationVersion())
                        .setSteps(List.of("handed to the external engine",
                                "Inbound Leads Queue (00G-inbound) is subject to reassignment; parked with Lead "
                                        + "Routing Queue (00G-routing) for an external engine to route",
                                summary))
                        .build())
                .setTriggerNotification(true)
                .build());
        assertThat(firstRound.getEventId()).isEqualTo(EventIds.derived("lead.assigned", first.getResponseId()));

        upstream.publish(Topics.RESPONSE_ACTIVATED, reactivation);
        upstream.publish(Topics.RESPONSE_ACTIVATED, first);
        ResponseActivated later = activation(leadId).setOccurredAt(movedAt.plusSeconds(60))
                .setLead(TestEvents.lead().setOwner(ALICE).build()).build();
        upstream.publish(Topics.RESPONSE_ACTIVATED, later);

        assertThat(probe.awaitEvents(Topics.LEAD_ASSIGNED, leadId, 3))
                .extracting(LeadAssigned::getResponseId, LeadAssigned::getMethod, event -> event.getOwner().getId())
                .containsExactly(tuple(first.getResponseId(), AssignmentMethod.EXTERNAL_ENGINE, BOB.getId()),
                        tuple(first.getResponseId(), AssignmentMethod.EXTERNAL_ENGINE, ALICE.getId()),
                        tuple(later.getResponseId(), AssignmentMethod.OWNER_RETAINED, ALICE.getId()));
        assertThat(probe.events(Topics.LEAD_ASSIGNMENT_REQUESTED, leadId)).hasSize(2);
        List<JsonNode> history = http.get("/leads/" + leadId + "/assignments").json().valueStream().toList();
        assertThat(history).extracting(entry -> entry.get("assignmentId").asString(),
                        entry -> entry.get("responseId").asString(),
                        entry -> entry.get("activation").get("kind").asString(),
                        entry -> entry.get("finalOwner").get("id").asString())
                .containsExactly(tuple(first.getResponseId(), first.getResponseId(), "NEW_RESPONSE", BOB.getId()),
                        tuple(round, first.getResponseId(), "REACTIVATED", ALICE.getId()),
                        tuple(later.getResponseId(), later.getResponseId(), "NEW_RESPONSE", ALICE.getId()));
        assertThat(history.get(1).get("activation").get("reactivationScenario").asString()).isEqualTo("score-jump");
        assertThat(http.get("/assignments/" + first.getResponseId()).json().get("finalOwner").get("id").asString())
                .isEqualTo(BOB.getId());
        assertThat(http.get("/assignments/" + round).json().get("finalOwner").get("id").asString())
                .isEqualTo(ALICE.getId());
    }

    @Test
    void shouldGiveAReactivationATurnOfItsOwnInADistributionRule() {
        RoutingUser anna = user("Anna");
        RoutingUser ben = user("Ben");
        DistributionRule rule = new DistributionRule("reactivated-" + unique, DistributionMethod.ROUND_ROBIN,
                List.of(Member.of(anna.id()), Member.of(ben.id())), null, null);
        configure(new RoutingConfiguration(Target.distributionRule(rule.name()), List.of(), null, List.of(rule),
                List.of(anna, ben), List.of(), List.of()));
        String leadId = newLeadId();
        ResponseActivated first = activation(leadId).build();
        upstream.publish(Topics.RESPONSE_ACTIVATED, first);
        probe.awaitEvent(Topics.LEAD_ASSIGNED, leadId);
        ResponseActivated reactivation = ResponseActivated.newBuilder(first)
                .setEventId(UUID.randomUUID().toString()).setKind(ActivationKind.REACTIVATED).build();

        upstream.publish(Topics.RESPONSE_ACTIVATED, reactivation);
        upstream.publish(Topics.RESPONSE_ACTIVATED, reactivation);
        upstream.publish(Topics.RESPONSE_ACTIVATED, first);
        ResponseActivated later = activation(leadId).build();
        upstream.publish(Topics.RESPONSE_ACTIVATED, later);

        List<LeadAssigned> assigned = probe.awaitEvents(Topics.LEAD_ASSIGNED, leadId, 3);
        assertThat(assigned).extracting(LeadAssigned::getResponseId, event -> event.getOwner().getId())
                .containsExactly(tuple(first.getResponseId(), anna.id()), tuple(first.getResponseId(), ben.id()),
                        tuple(later.getResponseId(), anna.id()));
        assertThat(assigned).extracting(LeadAssigned::getEventId).doesNotHaveDuplicates();
        assertThat(probe.events(Topics.LEAD_ASSIGNMENT_REQUESTED, leadId))
                .extracting(request -> request.getOwner().getId()).containsExactly(anna.id(), ben.id(), anna.id());
        JsonNode state = http.get("/routing/distribution-rules/" + rule.name() + "/state").json();
        assertThat(state.get("recentPicks").valueStream().map(pick -> pick.get("routingKey").asString()).toList())
                .containsExactlyInAnyOrder(first.getResponseId(), later.getResponseId(),
                        Round.reactivation(reactivation.getEventId(), null, null).assignmentId(first.getResponseId()));
        assertThat(state.get("members").valueStream().mapToLong(tally -> tally.get("assigned").asLong()).sum())
                .isEqualTo(3);
    }
}
