package io.leadflow.assignment.persistence;

import io.leadflow.assignment.domain.ActivationKind;
import io.leadflow.assignment.domain.Assignment;
import io.leadflow.assignment.domain.AssignmentMethod;
import io.leadflow.assignment.domain.AssignmentState;
import io.leadflow.assignment.domain.Round;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One round of an active response's assignment. The assignment id is the document id: the response id for the
 * response's first activation (as for every document stored before rounds existed), an id derived from the
 * activation for a reactivation; so a redelivered activation finds the document its first delivery stored
 * instead of creating a second one, and a reactivation creates one of its own. {@code reason} repeats the
 * explanation's summary for people reading the collection. A wait's parking request has its own published
 * flag, so marking it published by {@code _id} alone can never mark the outcome that completed the wait.
 *
 * <p>Documents stored before rounds existed have no {@code responseId} (it is the {@code _id}), no activation
 * event id or kind, and no {@code triggerNotification}: their owners are told, as they always were.
 *
 * @param triggerNotification false when the activation asked that nobody be told; null (stored before the flag
 *     existed) reads as true
 * @param offers absent from documents stored before offers existed (read as none)
 */
@Document("assignments")
@CompoundIndex(name = "hopper", def = "{'hopper': 1, 'method': 1, 'activatedAt': 1}")
@CompoundIndex(name = "by_offer", def = "{'offers.offerId': 1}", sparse = true)
@CompoundIndex(name = "by_offered_at", def = "{'offers.offeredAt': 1}", sparse = true)
@CompoundIndex(name = "offered_by_lead", def = "{'leadId': 1, 'state': 1}")
record AssignmentDocument(
        @Id String assignmentId,
        String responseId,
        @Indexed String leadId,
        String campaignId,
        String correlationId,
        Instant activatedAt,
        AssignmentState state,
        StoredOwner previousOwner,
        StoredOwner temporaryOwner,
        Instant dueAt,
        StoredLead lead,
        String reason,
        StoredExplanation explanation,
        StoredOwner finalOwner,
        AssignmentMethod method,
        Instant assignedAt,
        Instant updatedAt,
        boolean hopper,
        boolean published,
        boolean parkingPublished,
        String activationEventId,
        ActivationKind activationKind,
        Boolean triggerNotification,
        String reactivationScenario,
        String reactivationDecisionId,
        List<StoredOffer> offers,
        int attempt,
        StoredAcknowledgement acknowledgement,
        String requestedBy,
        String reassignmentGroup) {

    static final String ID = "_id";
    static final String LEAD_ID = "leadId";
    static final String ACTIVATED_AT = "activatedAt";
    static final String STATE = "state";
    static final String DUE_AT = "dueAt";
    static final String REASON = "reason";
    static final String EXPLANATION = "explanation";
    static final String TEMPORARY_OWNER = "temporaryOwner";
    static final String HOPPER = "hopper";
    static final String FINAL_OWNER = "finalOwner";
    static final String METHOD = "method";
    static final String ASSIGNED_AT = "assignedAt";
    static final String UPDATED_AT = "updatedAt";
    static final String PUBLISHED = "published";
    static final String PARKING_PUBLISHED = "parkingPublished";
    static final String OFFERS = "offers";
    static final String ATTEMPT = "attempt";

    static AssignmentDocument of(Assignment assignment) {
        Round round = assignment.round();
        return new AssignmentDocument(assignment.assignmentId(), assignment.responseId(), assignment.leadId(),
                assignment.campaignId(), assignment.correlationId(), assignment.activatedAt(), assignment.state(),
                StoredOwner.of(assignment.previousOwner()), StoredOwner.of(assignment.temporaryOwner()),
                assignment.dueAt(), StoredLead.of(assignment.lead()), assignment.reason(),
                StoredExplanation.of(assignment.explanation()),
                StoredOwner.of(assignment.finalOwner()), assignment.method(), assignment.assignedAt(),
                assignment.updatedAt(), assignment.hopper(), !assignment.isWaiting() && assignment.published(),
                assignment.isWaiting() && assignment.published(), round.activationEventId(), round.kind(),
                round.triggerNotification(), round.reactivationScenario(), round.reactivationDecisionId(),
                assignment.offers().stream().map(StoredOffer::of).toList(), assignment.attempt(),
                StoredAcknowledgement.of(assignment.acknowledgement()), round.requestedBy(), round.reassignmentGroup());
    }

    Assignment toAssignment() {
        Round round = new Round(activationEventId, activationKind, !Boolean.FALSE.equals(triggerNotification),
                reactivationScenario, reactivationDecisionId, requestedBy, reassignmentGroup);
        return Assignment.restore()
                .assignmentId(assignmentId)
                .responseId(responseId == null ? assignmentId : responseId)
                .leadId(leadId)
                .campaignId(campaignId)
                .correlationId(correlationId)
                .activatedAt(activatedAt)
                .round(round)
                .lead(lead.toLead())
                .previousOwner(StoredOwner.toOwner(previousOwner))
                .state(state)
                .temporaryOwner(StoredOwner.toOwner(temporaryOwner))
                .dueAt(dueAt)
                .explanation(explanation == null ? null : explanation.toExplanation())
                .owner(StoredOwner.toOwner(finalOwner), method, assignedAt)
                .updatedAt(updatedAt)
                .hopper(hopper)
                .published(state == AssignmentState.WAITING_FOR_ENGINE ? parkingPublished : published)
                .offers(offers == null ? List.of() : offers.stream().map(StoredOffer::toOffer).toList())
                .attempt(attempt)
                .acknowledgement(acknowledgement == null ? null : acknowledgement.toAcknowledgement())
                .build();
    }
}
