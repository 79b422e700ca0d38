package io.leadflow.assignment;

import static io.leadflow.testsupport.TestEvents.ALICE;
import static io.leadflow.testsupport.TestEvents.BOB;
import static io.leadflow.testsupport.TestEvents.INBOUND_QUEUE;
import static io.leadflow.testsupport.TestEvents.ROUTING_QUEUE;
import static io.leadflow.testsupport.TestEvents.newLeadId;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.assignment.domain.Assignment;
import io.leadflow.assignment.domain.AssignmentState;
import io.leadflow.events.AssignmentMethod;
import io.leadflow.events.AssignmentPurpose;
import io.leadflow.events.LeadAssigned;
import io.leadflow.events.LeadAssignmentRequested;
import io.leadflow.events.LeadOwnerChanged;
import io.leadflow.events.LeadSnapshot;
import io.leadflow.events.ResponseActivated;
import io.leadflow.events.RoutingExplanation;
import io.leadflow.platform.events.EventIds;
import io.leadflow.schemas.Topics;
import io.leadflow.testsupport.TestEvents;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExternalEngineAssignmentIT extends AssignmentIntegrationTest {

    @Test
    void shouldParkALeadOfASubjectQueueAndAssignItToTheOwnerTheEngineChose() {
        String leadId = newLeadId();
        ResponseActivated activation = activation(leadId).build();

        upstream.publish(Topics.RESPONSE_ACTIVATED, activation);

        String requestId = EventIds.derived("lead.assignment.requested", activation.getResponseId(), "TEMPORARY_OWNER");
        assertThat(probe.awaitEvents(Topics.LEAD_ASSIGNMENT_REQUESTED, leadId, 1)).containsExactly(
                LeadAssignmentRequested.newBuilder()
                        .setEventId(requestId).setOccurredAt(clock.instant())
                        .setCorrelationId(activation.getCorrelationId()).setLeadId(leadId)
                        .setRequestId(requestId).setResponseId(activation.getResponseId())
                        .setOwner(ROUTING_QUEUE).setPurpose(AssignmentPurpose.TEMPORARY_OWNER)
                        .build());
        Assignment waiting = awaitAssignment(activation.getResponseId());
        assertThat(waiting.state()).isEqualTo(AssignmentState.WAITING_FOR_ENGINE);
        assertThat(waiting.dueAt()).isEqualTo(activation.getOccurredAt().plus(Duration.ofMinutes(10)));

        Instant movedAt = activation.getOccurredAt().plusSeconds(42);
        upstream.publish(Topics.LEAD_OWNER_CHANGED, ownerChange(leadId, ROUTING_QUEUE, BOB, movedAt));

        LeadAssigned assigned = probe.awaitEvent(Topics.LEAD_ASSIGNED, leadId);
        assertThat(assigned).isEqualTo(LeadAssigned.newBuilder()
                .setEventId(EventIds.derived("lead.assigned", activation.getResponseId()))
                .setOccurredAt(movedAt)
                .setCorrelationId(activation.getCorrelationId()).setLeadId(leadId)
                .setResponseId(activation.getResponseId()).setCampaignId(activation.getCampaignId())
                .setOwner(BOB).setPreviousOwner(ROUTING_QUEUE).setMethod(AssignmentMethod.EXTERNAL_ENGINE)
                .setReason("matchmaker moved the lead from Lead Routing Queue to Bob Baker")
                .setActivatedAt(activation.getOccurredAt()).setAssignedAt(movedAt).setTimeToAssignMillis(42_000)
                .setLead(LeadSnapshot.newBuilder(activation.getLead()).setOwner(BOB).build())
                .setExplanation(RoutingExplanation.newBuilder()
                        .setSummary("matchmaker moved the lead from Lead Routing Queue to Bob Baker")
                        // The version in effect depends on which tests configured routing before this one.
                        .setConfigurationVersion(assigned.getExplanation().getConfigurationVersion())
                        .setSteps(List.of("handed to the external engine",
                                "Inbound Leads Queue (00G-inbound) is subject to reassignment; parked with Lead "
                                        + "Routing Queue (00G-routing) for an external engine to route",
                                "matchmaker moved the lead from Lead Routing Queue to Bob Baker"))
                        .build())
                .build());
        probe.assertStaysAt(Topics.LEAD_ASSIGNMENT_REQUESTED, leadId, 1, QUIET);
        assertThat(assignments.find(activation.getResponseId())).hasValueSatisfying(stored -> {
            assertThat(stored.state()).isEqualTo(AssignmentState.ASSIGNED);
            assertThat(stored.published()).isTrue();
        });
    }

    @Test
    void shouldKeepWaitingWhenTheLeadIsMovedToTheTemporaryOwner() {
        String leadId = newLeadId();
        ResponseActivated activation = activation(leadId).build();
        upstream.publish(Topics.RESPONSE_ACTIVATED, activation);
        probe.awaitEvent(Topics.LEAD_ASSIGNMENT_REQUESTED, leadId);

        LeadOwnerChanged parked = ownerChange(leadId, INBOUND_QUEUE, ROUTING_QUEUE,
                activation.getOccurredAt().plusSeconds(1));
        upstream.publish(Topics.LEAD_OWNER_CHANGED, parked);

        awaitRecorded(parked);
        probe.assertStaysAt(Topics.LEAD_ASSIGNED, leadId, 0, QUIET);
        assertThat(assignments.find(activation.getResponseId()).orElseThrow().state())
                .isEqualTo(AssignmentState.WAITING_FOR_ENGINE);
    }

    @Test
    void shouldLetAnOwnerWhoIsNotSubjectToReassignmentKeepTheLeadWithoutARequest() {
        String leadId = newLeadId();
        ResponseActivated activation = activation(leadId)
                .setLead(TestEvents.lead().setOwner(ALICE).build())
                .build();

        upstream.publish(Topics.RESPONSE_ACTIVATED, activation);

        assertThat(probe.awaitEvents(Topics.LEAD_ASSIGNED, leadId, 1)).containsExactly(LeadAssigned.newBuilder()
                .setEventId(EventIds.derived("lead.assigned", activation.getResponseId()))
                .setOccurredAt(activation.getOccurredAt())
                .setCorrelationId(activation.getCorrelationId()).setLeadId(leadId)
                .setResponseId(activation.getResponseId()).setCampaignId(activation.getCampaignId())
                .setOwner(ALICE).setPreviousOwner(ALICE).setMethod(AssignmentMethod.OWNER_RETAINED)
                .setReason("Alice Archer (005-alice) is not subject to reassignment and keeps the lead")
                .setActivatedAt(activation.getOccurredAt()).setAssignedAt(activation.getOccurredAt())
                .setTimeToAssignMillis(0)
                .setLead(activation.getLead())
                .setExplanation(RoutingExplanation.newBuilder()
                        .setSummary("Alice Archer (005-alice) is not subject to reassignment and keeps the lead")
                        .setSteps(List.of("Alice Archer (005-alice) is not subject to reassignment and keeps the lead"))
                        .build())
                .build());
        probe.assertStaysAt(Topics.LEAD_ASSIGNMENT_REQUESTED, leadId, 0, QUIET);
    }

    @Test
    void shouldCompleteAtOnceWhenTheEngineMovedTheLeadBeforeTheActivationWasProcessed() {
        String leadId = newLeadId();
        ResponseActivated activation = activation(leadId).build();
        LeadOwnerChanged earlyMove = ownerChange(leadId, ROUTING_QUEUE, BOB, activation.getOccurredAt().plusSeconds(3));
        upstream.publish(Topics.LEAD_OWNER_CHANGED, earlyMove);
        awaitRecorded(earlyMove);

        upstream.publish(Topics.RESPONSE_ACTIVATED, activation);

        LeadAssigned assigned = probe.awaitEvent(Topics.LEAD_ASSIGNED, leadId);
        assertThat(assigned.getMethod()).isEqualTo(AssignmentMethod.EXTERNAL_ENGINE);
        assertThat(assigned.getOwner()).isEqualTo(BOB);
        assertThat(assigned.getTimeToAssignMillis()).isEqualTo(3_000);
        // Parking the lead now would take it back from the owner the engine already chose.
        probe.assertStaysAt(Topics.LEAD_ASSIGNMENT_REQUESTED, leadId, 0, QUIET);
    }

    @Test
    void shouldPublishEachEventOnceWhenTheActivationAndTheOwnerChangeAreDeliveredTwice() {
        String leadId = newLeadId();
        ResponseActivated activation = activation(leadId).build();
        LeadOwnerChanged toBob = ownerChange(leadId, ROUTING_QUEUE, BOB, activation.getOccurredAt().plusSeconds(7));

        upstream.publish(Topics.RESPONSE_ACTIVATED, activation);
        upstream.publish(Topics.RESPONSE_ACTIVATED, activation);
        probe.awaitEvent(Topics.LEAD_ASSIGNMENT_REQUESTED, leadId);
        upstream.publish(Topics.LEAD_OWNER_CHANGED, toBob);
        upstream.publish(Topics.LEAD_OWNER_CHANGED, toBob);

        assertThat(probe.awaitEvent(Topics.LEAD_ASSIGNED, leadId).getOwner()).isEqualTo(BOB);
        probe.assertStaysAt(Topics.LEAD_ASSIGNMENT_REQUESTED, leadId, 1, QUIET);
        probe.assertStaysAt(Topics.LEAD_ASSIGNED, leadId, 1, QUIET);
        assertThat(assignments.ofLead(leadId)).hasSize(1);
    }

    @Test
    void shouldStoreButNeitherRouteNorPublishAnActivationThatDoesNotTriggerAssignment() {
        String leadId = newLeadId();
        ResponseActivated activation = activation(leadId).setTriggerAssignment(false).build();

        upstream.publish(Topics.RESPONSE_ACTIVATED, activation);

        Assignment notRouted = awaitAssignment(activation.getResponseId());
        assertThat(notRouted.state()).isEqualTo(AssignmentState.NOT_ROUTED);
        assertThat(notRouted.reason())
                .isEqualTo("response " + activation.getResponseId() + " was activated without triggering assignment");
        probe.assertStaysAt(Topics.LEAD_ASSIGNMENT_REQUESTED, leadId, 0, QUIET);
        probe.assertStaysAt(Topics.LEAD_ASSIGNED, leadId, 0, Duration.ZERO);
    }
}
