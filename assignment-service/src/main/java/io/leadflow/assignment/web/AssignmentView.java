package io.leadflow.assignment.web;

import io.leadflow.assignment.domain.Assignment;
import io.leadflow.assignment.domain.AssignmentMethod;
import io.leadflow.assignment.domain.AssignmentState;
import io.leadflow.assignment.domain.Owner;
import io.leadflow.assignment.domain.OwnerKind;
import java.time.Instant;

/** An assignment as operators see it; times are ISO-8601 UTC strings, absent values are null. */
record AssignmentView(
        AssignmentState state,
        String leadId,
        String responseId,
        String campaignId,
        OwnerView previousOwner,
        OwnerView temporaryOwner,
        OwnerView finalOwner,
        AssignmentMethod method,
        String reason,
        String activatedAt,
        String dueAt,
        String assignedAt,
        Long timeToAssignMillis) {

    record OwnerView(String id, OwnerKind kind, String name) {

        static OwnerView of(Owner owner) {
            return owner == null ? null : new OwnerView(owner.id(), owner.kind(), owner.name());
        }
    }

    static AssignmentView of(Assignment assignment) {
        return new AssignmentView(assignment.state(), assignment.leadId(), assignment.responseId(),
                assignment.campaignId(), OwnerView.of(assignment.previousOwner()),
                OwnerView.of(assignment.temporaryOwner()), OwnerView.of(assignment.finalOwner()),
                assignment.method(), assignment.reason(), iso(assignment.activatedAt()), iso(assignment.dueAt()),
                iso(assignment.assignedAt()), assignment.timeToAssignMillis());
    }

    private static String iso(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
