package io.leadflow.assignment.web;

import io.leadflow.assignment.domain.Assignment;
import io.leadflow.assignment.domain.AssignmentMethod;
import io.leadflow.assignment.domain.AssignmentState;
import io.leadflow.assignment.domain.Owner;
import io.leadflow.assignment.domain.OwnerKind;
import io.leadflow.assignment.domain.routing.RoutingExplanation;
import java.time.Instant;

/**
 * An assignment as operators see it; times are ISO-8601 UTC strings, absent values are null.
 *
 * @param hopper whether the lead went to the hopper (claimable while state is IN_HOPPER, or ASSIGNED with
 *     method HOPPER)
 * @param explanation why: the rule that matched, the members considered, who was skipped and why
 */
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
        Long timeToAssignMillis,
        boolean hopper,
        RoutingExplanation explanation) {

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
                iso(assignment.assignedAt()), assignment.timeToAssignMillis(), assignment.hopper(),
                assignment.explanation());
    }

    private static String iso(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
