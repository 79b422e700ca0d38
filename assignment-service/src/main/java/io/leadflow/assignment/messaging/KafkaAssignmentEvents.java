package io.leadflow.assignment.messaging;

import io.leadflow.assignment.domain.Assignment;
import io.leadflow.assignment.domain.AssignmentEvents;
import io.leadflow.assignment.domain.LeadRoles;
import io.leadflow.assignment.domain.Owner;
import io.leadflow.assignment.domain.group.TimelineRecord;
import io.leadflow.assignment.domain.offer.Offer;
import io.leadflow.assignment.domain.offer.OfferLinks;
import io.leadflow.assignment.domain.offer.OfferState;
import io.leadflow.assignment.domain.routing.Candidate;
import io.leadflow.assignment.domain.routing.CandidateVerdict;
import io.leadflow.events.ExpiryReason;
import io.leadflow.events.LeadExpired;
import io.leadflow.events.LeadLockRequested;
import io.leadflow.events.LeadTimelineRecorded;
import io.leadflow.events.LeadUnassignmentRequested;
import io.leadflow.events.TimelineKind;
import io.leadflow.events.LeadOffered;
import io.leadflow.events.OfferKind;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * {@value #TIME_TO_ASSIGN_METRIC} (with a histogram, for percentiles across instances). The candidates its
 * explanation says were passed over count in {@value #SKIPS_METRIC} (tags {@code verdict}: every
 * {@code CandidateVerdict} but CHOSEN, and the same {@code rule}): summed per published batch, so the hot path adds
 * one increment per verdict and rule, not one per candidate.
 *
 * <p>Offers: each confirmed {@code lead.offered} counts in {@value #OFFERS_MADE_METRIC} ({@code kind}: ROUTING,
 * SINGLE, BLAST, ROUND_ROBIN), each {@code lead.expired} in {@value #OFFERS_ENDED_METRIC} ({@code reason}:
 * NOT_ACKNOWLEDGED, TAKEN_BY_ANOTHER, WITHDRAWN), and each {@code lead.assigned} of an acknowledged offer in
 * {@value #OFFERS_ACKNOWLEDGED_METRIC} ({@code kind}) with its time to acknowledge in
 * {@value #TIME_TO_ACKNOWLEDGE_METRIC}. The acknowledgement rate is acknowledged / made, the ignored rate
 * ended{reason=NOT_ACKNOWLEDGED} / made (per user and per window: {@code GET /offers/metrics}).
 */
@Component
class KafkaAssignmentEvents implements AssignmentEvents {

    static final String ASSIGNMENTS_METRIC = "leadflow.assignments";
    static final String TIME_TO_ASSIGN_METRIC = "leadflow.time_to_assign";
    static final String SKIPS_METRIC = "leadflow.routing.skips";
    static final String OFFERS_MADE_METRIC = "leadflow.offers.made";
    static final String OFFERS_ENDED_METRIC = "leadflow.offers.ended";
    static final String OFFERS_ACKNOWLEDGED_METRIC = "leadflow.offers.acknowledged";
    static final String TIME_TO_ACKNOWLEDGE_METRIC = "leadflow.offers.time_to_acknowledge";

    private static final String CLAIM = "HOPPER_CLAIM";
    private static final String NO_RULE = "none";

    private final EventPublisher publisher;
    private final OfferLinks links;
    private final MeterRegistry meters;
    private final Timer timeToAssign;
    private final Timer timeToAcknowledge;

    KafkaAssignmentEvents(EventPublisher publisher, OfferLinks links, MeterRegistry meters) {
        this.publisher = publisher;
        this.links = links;
        this.meters = meters;
        this.timeToAcknowledge = Timer.builder(TIME_TO_ACKNOWLEDGE_METRIC)
                .description("From an offer to its acknowledgement, for offers acknowledged in time")
                .publishPercentileHistogram()
                .register(meters);
        this.timeToAssign = Timer.builder(TIME_TO_ASSIGN_METRIC)
                .description("From a response's activation to its lead's final owner, as lead.assigned says")
                .publishPercentileHistogram()
                .register(meters);
    }

    @Override
    public Publication publication() {
        PublicationBatch batch = publisher.batch();
        List<Assignment> announced = new ArrayList<>();
        List<Offer> offered = new ArrayList<>();
        List<Offer> ended = new ArrayList<>();
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
            public void announceOffer(Assignment assignment, Offer offer) {
                batch.add(Topics.LEAD_OFFERED, offeredEvent(assignment, offer));
                offered.add(offer);
            }

            @Override
            public void announceEnded(Assignment assignment, Offer offer) {
                batch.add(Topics.LEAD_EXPIRED, endedEvent(assignment, offer));
                ended.add(offer);
            }

            @Override
            public void requestUnassignment(Assignment inHopper) {
                batch.add(Topics.LEAD_UNASSIGNMENT_REQUESTED, unassignment(inHopper));
            }

            @Override
            public void requestLock(Assignment groupRound, boolean locked) {
                batch.add(Topics.LEAD_LOCK_REQUESTED, lock(groupRound, locked));
            }

            @Override
            public void recordTimeline(Assignment groupRound) {
                TimelineRecord.of(groupRound).ifPresent(record -> batch.add(Topics.LEAD_TIMELINE_RECORDED,
                        timeline(groupRound, record)));
            }

            @Override
            public void awaitConfirmed() {
                batch.awaitConfirmed();
                announced.forEach(KafkaAssignmentEvents.this::count);
                countSkips(announced);
                offered.forEach(offer -> Counter.builder(OFFERS_MADE_METRIC)
                        .description("Offers made (lead.offered), by the step that made them")
                        .tag("kind", offer.kind().name()).register(meters).increment());
                ended.forEach(offer -> Counter.builder(OFFERS_ENDED_METRIC)
                        .description("Offers that ended unacknowledged (lead.expired), by reason")
                        .tag("reason", expiryReason(offer).name()).register(meters).increment());
                announced.clear();
                offered.clear();
                ended.clear();
            }
        };
    }

    private void count(Assignment assigned) {
        acknowledgedOffer(assigned).ifPresent(offer -> {
            Counter.builder(OFFERS_ACKNOWLEDGED_METRIC)
                    .description("Offers acknowledged in time (lead.assigned with an offerId), by the step that made them")
                    .tag("kind", offer.kind().name()).register(meters).increment();
            timeToAcknowledge.record(offer.timeToAcknowledge());
        });
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

    /** One increment per verdict and rule of the batch. */
    private void countSkips(List<Assignment> assigned) {
        Map<Skip, Integer> skips = new HashMap<>();
        for (Assignment assignment : assigned) {
            if (assignment.explanation() == null || assignment.explanation().candidates().isEmpty()) {
                continue;
            }
            String rule = ruleOf(assignment);
            for (Candidate candidate : assignment.explanation().candidates()) {
                if (candidate.verdict() != CandidateVerdict.CHOSEN) {
                    skips.merge(new Skip(candidate.verdict(), rule), 1, Integer::sum);
                }
            }
        }
        skips.forEach((skip, count) -> Counter.builder(SKIPS_METRIC)
                .description("Candidates routing passed over for a lead (lead.assigned's explanation), by verdict "
                        + "and rule")
                .tag("verdict", skip.verdict().name())
                .tag("rule", skip.rule())
                .register(meters)
                .increment(count));
    }

    private record Skip(CandidateVerdict verdict, String rule) {
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
                .setOfferId(acknowledgedOffer(assigned).map(Offer::offerId).orElse(null))
                .setAcknowledgedAt(acknowledgedOffer(assigned).map(Offer::closedAt).orElse(null))
                .build();
    }

    /** The offer whose acknowledgement made the owner final, if one did. */
    private static Optional<Offer> acknowledgedOffer(Assignment assigned) {
        return assigned.offers().stream().filter(offer -> offer.state() == OfferState.ACKNOWLEDGED).findFirst();
    }

    private LeadOffered offeredEvent(Assignment assignment, Offer offer) {
        return LeadOffered.newBuilder()
                .setEventId(EventIds.derived(Topics.Names.LEAD_OFFERED, offer.offerId()))
                .setOccurredAt(offer.offeredAt())
                .setCorrelationId(assignment.correlationId())
                .setLeadId(assignment.leadId())
                .setResponseId(assignment.responseId())
                .setCampaignId(assignment.campaignId())
                .setAssignmentId(assignment.assignmentId())
                .setOfferId(offer.offerId())
                .setCandidate(EventMapping.toAvro(offer.candidate()))
                .setOfferedAt(offer.offeredAt())
                .setDeadline(offer.deadline())
                .setAttempt(offer.attempt())
                .setKind(OfferKind.valueOf(offer.kind().name()))
                .setCandidateQuery(offer.candidateQuery())
                .setDistributionRule(assignment.explanation().distributionRule())
                .setAcknowledgeUrl(links.urlFor(offer.offerId()))
                .setReason(assignment.reason())
                .setExplanation(EventMapping.toAvro(assignment.explanation()))
                .setLead(EventMapping.toAvro(assignment.lead()))
                .setTriggerNotification(assignment.triggerNotification())
                .build();
    }

    private static LeadExpired endedEvent(Assignment assignment, Offer offer) {
        return LeadExpired.newBuilder()
                .setEventId(EventIds.derived(Topics.Names.LEAD_EXPIRED, offer.offerId()))
                .setOccurredAt(offer.closedAt())
                .setCorrelationId(assignment.correlationId())
                .setLeadId(assignment.leadId())
                .setOfferId(offer.offerId())
                .setOwner(EventMapping.toAvro(offer.candidate()))
                .setOfferedAt(offer.offeredAt())
                .setDeadline(offer.deadline())
                .setAssignmentId(assignment.assignmentId())
                .setResponseId(assignment.responseId())
                .setReason(expiryReason(offer))
                .setDetail(offer.detail())
                .setTakenBy(EventMapping.toAvro(offer.takenBy()))
                .setTriggerNotification(assignment.triggerNotification())
                .build();
    }

    private static LeadUnassignmentRequested unassignment(Assignment inHopper) {
        String requestId = EventIds.derived(Topics.Names.LEAD_UNASSIGNMENT_REQUESTED, inHopper.assignmentId());
        return LeadUnassignmentRequested.newBuilder()
                .setEventId(requestId)
                .setOccurredAt(inHopper.updatedAt())
                .setCorrelationId(inHopper.correlationId())
                .setLeadId(inHopper.leadId())
                .setRequestId(requestId)
                .setResponseId(inHopper.responseId())
                .setPreviousOwner(EventMapping.toAvro(inHopper.previousOwner()))
                .setReason(inHopper.reason())
                .build();
    }

    private static LeadLockRequested lock(Assignment round, boolean locked) {
        String requestId = EventIds.derived(Topics.Names.LEAD_LOCK_REQUESTED, round.assignmentId(),
                Boolean.toString(locked));
        String group = round.round().reassignmentGroup();
        return LeadLockRequested.newBuilder()
                .setEventId(requestId)
                .setOccurredAt(locked ? round.activatedAt() : round.updatedAt())
                .setCorrelationId(round.correlationId())
                .setLeadId(round.leadId())
                .setRequestId(requestId)
                .setRole(LeadRoles.PRIMARY_AGENT)
                .setLocked(locked)
                .setReason(locked ? "Re-Assign in progress (reassignment group " + group + ")"
                        : "Reassignment through group " + group + " completed")
                .setGroupName(group)
                .setAssignmentId(round.assignmentId())
                .setTriggeredBy(round.round().requestedBy())
                .build();
    }

    private static LeadTimelineRecorded timeline(Assignment round, TimelineRecord record) {
        return LeadTimelineRecorded.newBuilder()
                .setEventId(EventIds.derived(Topics.Names.LEAD_TIMELINE_RECORDED, round.assignmentId()))
                .setOccurredAt(record.completedAt())
                .setCorrelationId(round.correlationId())
                .setLeadId(round.leadId())
                .setAssignmentId(round.assignmentId())
                .setKind(TimelineKind.GROUP_REASSIGNMENT)
                .setGroupName(record.group())
                .setTriggeredBy(record.triggeredBy())
                .setPreviousOwner(EventMapping.toAvro(record.previousOwner()))
                .setNewOwner(EventMapping.toAvro(record.newOwner()))
                .setMethod(AssignmentMethod.valueOf(record.method().name()))
                .setText(record.text())
                .setStartedAt(record.startedAt())
                .setCompletedAt(record.completedAt())
                .setDurationMillis(record.duration().toMillis())
                .build();
    }

    private static ExpiryReason expiryReason(Offer offer) {
        return switch (offer.state()) {
            case EXPIRED -> ExpiryReason.NOT_ACKNOWLEDGED;
            case TAKEN -> ExpiryReason.TAKEN_BY_ANOTHER;
            case WITHDRAWN -> ExpiryReason.WITHDRAWN;
            case OPEN, ACKNOWLEDGED -> throw new IllegalArgumentException("offer " + offer.offerId() + " is "
                    + offer.state() + ", not ended unacknowledged");
        };
    }

    private static boolean isClaim(Assignment assignment) {
        return assignment.method() == io.leadflow.assignment.domain.AssignmentMethod.HOPPER_CLAIM;
    }
}
