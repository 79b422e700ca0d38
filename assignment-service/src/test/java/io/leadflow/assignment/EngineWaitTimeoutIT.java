package io.leadflow.assignment;

import static io.leadflow.testsupport.TestEvents.BOB;
import static io.leadflow.testsupport.TestEvents.ROUTING_QUEUE;
import static io.leadflow.testsupport.TestEvents.newLeadId;
import static io.leadflow.testsupport.TestEvents.queue;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.assignment.domain.Assignment;
import io.leadflow.assignment.domain.AssignmentMethod;
import io.leadflow.events.AssignmentPurpose;
import io.leadflow.events.LeadAssigned;
import io.leadflow.events.LeadAssignmentRequested;
import io.leadflow.events.LeadOwnerChanged;
import io.leadflow.events.Owner;
import io.leadflow.events.ResponseActivated;
import io.leadflow.platform.events.EventIds;
import io.leadflow.schemas.Topics;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class EngineWaitTimeoutIT extends AssignmentIntegrationTest {

    private static final Owner SDR_QUEUE = queue("00G-sdr", "Sales Development Queue");

    @Test
    void shouldGiveTheLeadToTheFallbackOwnerWhenNobodyMovesItInTimeAndIgnoreALaterMove() {
        String leadId = newLeadId();
        ResponseActivated activation = activation(leadId).build();
        upstream.publish(Topics.RESPONSE_ACTIVATED, activation);
        probe.awaitEvent(Topics.LEAD_ASSIGNMENT_REQUESTED, leadId);

        clock.advance(Duration.ofMinutes(10).plusSeconds(1));
        Instant firedAt = clock.instant();

        String requestId = EventIds.derived("lead.assignment.requested", activation.getResponseId(), "FINAL_OWNER");
        LeadAssignmentRequested finalOwner = probe.awaitEvents(Topics.LEAD_ASSIGNMENT_REQUESTED, leadId, 2).get(1);
        assertThat(finalOwner).isEqualTo(LeadAssignmentRequested.newBuilder()
                .setEventId(requestId).setOccurredAt(firedAt)
                .setCorrelationId(activation.getCorrelationId()).setLeadId(leadId)
                .setRequestId(requestId).setResponseId(activation.getResponseId())
                .setOwner(SDR_QUEUE).setPurpose(AssignmentPurpose.FINAL_OWNER)
                .build());
        LeadAssigned assigned = probe.awaitEvent(Topics.LEAD_ASSIGNED, leadId);
        assertThat(assigned.getMethod()).isEqualTo(io.leadflow.events.AssignmentMethod.TIMEOUT_FALLBACK);
        assertThat(assigned.getOwner()).isEqualTo(SDR_QUEUE);
        assertThat(assigned.getPreviousOwner()).isEqualTo(ROUTING_QUEUE);
        assertThat(assigned.getAssignedAt()).isEqualTo(firedAt);
        assertThat(assigned.getTimeToAssignMillis()).isEqualTo(601_000);
        assertThat(assigned.getReason()).isEqualTo(
                "no owner change away from Lead Routing Queue within PT10M; fallback owner Sales Development Queue");

        LeadOwnerChanged lateMove = ownerChange(leadId, ROUTING_QUEUE, BOB, firedAt.plusSeconds(5));
        upstream.publish(Topics.LEAD_OWNER_CHANGED, lateMove);

        awaitRecorded(lateMove);
        probe.assertStaysAt(Topics.LEAD_ASSIGNED, leadId, 1, QUIET);
        probe.assertStaysAt(Topics.LEAD_ASSIGNMENT_REQUESTED, leadId, 2, Duration.ZERO);
        Assignment stored = assignments.find(activation.getResponseId()).orElseThrow();
        assertThat(stored.method()).isEqualTo(AssignmentMethod.TIMEOUT_FALLBACK);
        assertThat(stored.finalOwner().id()).isEqualTo(SDR_QUEUE.getId());
    }

    @Test
    void shouldNotFireAWaitBeforeItIsDue() {
        String leadId = newLeadId();
        ResponseActivated activation = activation(leadId).build();
        upstream.publish(Topics.RESPONSE_ACTIVATED, activation);
        probe.awaitEvent(Topics.LEAD_ASSIGNMENT_REQUESTED, leadId);

        clock.advance(Duration.ofMinutes(10).minusSeconds(1));

        probe.assertStaysAt(Topics.LEAD_ASSIGNED, leadId, 0, QUIET);
        probe.assertStaysAt(Topics.LEAD_ASSIGNMENT_REQUESTED, leadId, 1, Duration.ZERO);
    }
}
