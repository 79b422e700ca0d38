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
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Publishes the assignment process's events. Every id is derived from the assignment id (the response id for a
 * response's first activation, as ever; an id of its own for each reactivation), and every field from the
 * stored assignment, so publishing the same assignment again yields the very same event, and a reactivation's
 * events are new ones. A claim from the hopper is a later decision about the same assignment, so its events
 * have ids of their own. {@code lead.assigned} says whether the activation let anybody be told
 * ({@code triggerNotification}); {@code lead.assignment.requested}, a command to the CRM, has no such field.
 *
 * <p>Every {@code lead.assigned} the broker confirmed is counted in {@value #ASSIGNMENTS_METRIC} (tags
 * {@code method}, and {@code rule}: the distribution rule, else the assignment rule, else {@code none}; rule names
 * come from the routing configuration, so the series stay few) and its time to assign recorded in
 * {@value #TIME_TO_ASSIGN_METRIC} (with a histogram, for percentiles across instances).
 */
@Component
class KafkaAssignmentEvents implements AssignmentEvents {

    static final String ASSIGNMENTS_METRIC = "leadflow.assignments";
    static final String TIME_TO_ASSIGN_METRIC = "leadflow.time_to_assign";

    private static final String CLAIM = "HOPPER_CLAIM";
    private static final String NO_RULE = "none";

    private final EventPublisher publisher;
    private final MeterRegistry meters;
    private final Timer timeToAssign;

    KafkaAssignmentEvents(EventPublisher publisher, MeterRegistry meters) {
        this.publisher = publisher;
        this.meters = meters;
        this.timeToAssign = Timer.builder(TIME_TO_ASSIGN_METRIC)
                .description("From a response's activation to its lead's final owner, as lead.assigned says")
                .publishPercentileHistogram()
                .register(meters);
    }

    @Override
    public Publication publication() {
        PublicationBatch batch = publisher.batch();
        List<Assignment> announced = new ArrayList<>();
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
                announced.add(assigned);
            }

            @Override
            public void awaitConfirmed() {
                batch.awaitConfirmed();
                announced.forEach(KafkaAssignmentEvents.this::count);
                announced.clear();
            }
        };
    }

    private void count(Assignment assigned) {
        Counter.builder(ASSIGNMENTS_METRIC)
                .description("Leads given their final owner (lead.assigned), by method and rule")
                .tag("method", assigned.method().name())
                .tag("rule", ruleOf(assigned))
                .register(meters)
                .increment();
        if (assigned.timeToAssignMillis() != null) {
            timeToAssign.record(Duration.ofMillis(assigned.timeToAssignMillis()));
        }
    }

    private static String ruleOf(Assignment assigned) {
        if (assigned.explanation() == null) {
            return NO_RULE;
        }
        if (assigned.explanation().distributionRule() != null) {
            return assigned.explanation().distributionRule();
        }
        return assigned.explanation().assignmentRule() != null ? assigned.explanation().assignmentRule() : NO_RULE;
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
