package io.leadflow.assignment.persistence;

import io.leadflow.assignment.domain.Assignment;
import io.leadflow.assignment.domain.AssignmentMethod;
import io.leadflow.assignment.domain.AssignmentState;
import io.leadflow.assignment.domain.routing.RoutingExplanation;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One active response's assignment. The response id is the document id, so a redelivered activation finds
 * the document its first delivery stored instead of creating a second one. {@code reason} repeats the
 * explanation's summary for people reading the collection. A wait's parking request has its own published
 * flag, so marking it published by {@code _id} alone can never mark the outcome that completed the wait.
 */
@Document("assignments")
@CompoundIndex(name = "hopper", def = "{'hopper': 1, 'method': 1, 'activatedAt': 1}")
record AssignmentDocument(
        @Id String responseId,
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
        RoutingExplanation explanation,
        StoredOwner finalOwner,
        AssignmentMethod method,
        Instant assignedAt,
        Instant updatedAt,
        boolean hopper,
        boolean published,
        boolean parkingPublished) {

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

    static AssignmentDocument of(Assignment assignment) {
        return new AssignmentDocument(assignment.responseId(), assignment.leadId(), assignment.campaignId(),
                assignment.correlationId(), assignment.activatedAt(), assignment.state(),
                StoredOwner.of(assignment.previousOwner()), StoredOwner.of(assignment.temporaryOwner()),
                assignment.dueAt(), StoredLead.of(assignment.lead()), assignment.reason(), assignment.explanation(),
                StoredOwner.of(assignment.finalOwner()), assignment.method(), assignment.assignedAt(),
                assignment.updatedAt(), assignment.hopper(), !assignment.isWaiting() && assignment.published(),
                assignment.isWaiting() && assignment.published());
    }

    Assignment toAssignment() {
        return new Assignment(responseId, leadId, campaignId, correlationId, activatedAt, state,
                StoredOwner.toOwner(previousOwner), StoredOwner.toOwner(temporaryOwner), dueAt, lead.toLead(),
                explanation, StoredOwner.toOwner(finalOwner), method, assignedAt, updatedAt, hopper,
                state == AssignmentState.WAITING_FOR_ENGINE ? parkingPublished : published);
    }
}
