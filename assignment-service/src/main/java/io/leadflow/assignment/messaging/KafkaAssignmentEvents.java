package io.leadflow.assignment.messaging;

import io.leadflow.assignment.domain.Assignment;
import io.leadflow.assignment.domain.AssignmentEvents;
import io.leadflow.assignment.domain.Owner;
import io.leadflow.events.AssignmentMethod;
import io.leadflow.events.AssignmentPurpose;
import io.leadflow.events.LeadAssigned;
import io.leadflow.events.LeadAssignmentRequested;
import io.leadflow.platform.events.EventIds;
import io.leadflow.platform.kafka.EventPublisher;
import io.leadflow.platform.kafka.PublicationBatch;
import io.leadflow.schemas.Topics;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * Publishes the assignment process's events. Every id is derived from the assignment id (the response id for a
 * response's first activation, as ever; an id of its own for each reactivation), and every field from the
 * stored assignment, so publishing the same assignment again yields the very same event, and a reactivation's
 * events are new ones. A claim from the hopper is a later decision about the same assignment, so its events
 * have ids of their own. {@code lead.assigned} says whether the activation let anybody be told
 * ({@code triggerNotification}); {@code lead.assignment.requested}, a command to the CRM, has no such field.
 */
@Component
class KafkaAssignmentEvents implements AssignmentEvents {

    private static final String CLAIM = "HOPPER_CLAIM";

    private final EventPublisher publisher;

    KafkaAssignmentEvents(EventPublisher publisher) {
        this.publisher = publisher;
    }

    @Override
    public Publication publication() {
        PublicationBatch batch = publisher.batch();
        return new Publication() {

            @Override
            public void requestTemporaryOwner(Assignment waiting) {
                batch.add(Topics.LEAD_ASSIGNMENT_REQUESTED, request(waiting, AssignmentPurpose.TEMPORARY_OWNER,
                        waiting.temporaryOwner(), waiting.updatedAt()));
            }

            @Override
            public void requestFinalOwner(Assignment assigned) {
                batch.add(Topics.LEAD_ASSIGNMENT_REQUESTED, request(assigned, AssignmentPurpose.FINAL_OWNER,
                        assigned.finalOwner(), assigned.assignedAt()));
            }

            @Override
            public void announceAssigned(Assignment assigned) {
                batch.add(Topics.LEAD_ASSIGNED, assignedEvent(assigned));
            }

            @Override
            public void awaitConfirmed() {
                batch.awaitConfirmed();
            }
        };
    }

    private static LeadAssignmentRequested request(Assignment assignment, AssignmentPurpose purpose, Owner owner,
            Instant occurredAt) {
        String requestId = isClaim(assignment)
                ? EventIds.derived(Topics.Names.LEAD_ASSIGNMENT_REQUESTED, assignment.assignmentId(), purpose.name(),
                        CLAIM)
                : EventIds.derived(Topics.Names.LEAD_ASSIGNMENT_REQUESTED, assignment.assignmentId(), purpose.name());
        return LeadAssignmentRequested.newBuilder()
                .setEventId(requestId)
                .setOccurredAt(occurredAt)
                .setCorrelationId(assignment.correlationId())
                .setLeadId(assignment.leadId())
                .setRequestId(requestId)
                .setResponseId(assignment.responseId())
                .setOwner(EventMapping.toAvro(owner))
                .setPurpose(purpose)
                .build();
    }

    private static LeadAssigned assignedEvent(Assignment assigned) {
        return LeadAssigned.newBuilder()
                .setEventId(isClaim(assigned)
                        ? EventIds.derived(Topics.Names.LEAD_ASSIGNED, assigned.assignmentId(), CLAIM)
                        : EventIds.derived(Topics.Names.LEAD_ASSIGNED, assigned.assignmentId()))
                .setOccurredAt(assigned.assignedAt())
                .setCorrelationId(assigned.correlationId())
                .setLeadId(assigned.leadId())
                .setResponseId(assigned.responseId())
                .setCampaignId(assigned.campaignId())
                .setOwner(EventMapping.toAvro(assigned.finalOwner()))
                .setPreviousOwner(EventMapping.toAvro(assigned.ownerBeforeAssignment()))
                .setMethod(AssignmentMethod.valueOf(assigned.method().name()))
                .setReason(assigned.reason())
                .setActivatedAt(assigned.activatedAt())
                .setAssignedAt(assigned.assignedAt())
                .setTimeToAssignMillis(assigned.timeToAssignMillis())
                .setLead(EventMapping.toAvro(assigned.assignedLead()))
                .setExplanation(EventMapping.toAvro(assigned.explanation()))
                .setTriggerNotification(assigned.triggerNotification())
                .build();
    }

    private static boolean isClaim(Assignment assignment) {
        return assignment.method() == io.leadflow.assignment.domain.AssignmentMethod.HOPPER_CLAIM;
    }
}
