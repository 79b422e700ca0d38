package io.leadflow.assignment.web;

import io.leadflow.assignment.domain.ActivationKind;
import io.leadflow.assignment.domain.Assignment;
import io.leadflow.assignment.domain.AssignmentMethod;
import io.leadflow.assignment.domain.AssignmentState;
import io.leadflow.assignment.domain.Owner;
import io.leadflow.assignment.domain.OwnerKind;
import io.leadflow.assignment.domain.Round;
import java.time.Instant;
import java.util.List;

/**
 * An assignment as operators see it; times are ISO-8601 UTC strings, absent values are null.
 *
 * @param assignmentId its id: the response id for a response's first activation, an id of its own for each
 *     reactivation (use it to claim the lead from the hopper)
 * @param activation the activation that started this round of assignment, and whether anybody may be told
 * @param hopper whether the lead went to the hopper (claimable while state is IN_HOPPER, or ASSIGNED with
 *     method HOPPER)
 * @param explanation why: the rule that matched, the members considered, who was skipped and why
 * @param dueAt while waiting for the engine, when the wait times out; while OFFERED, the open offers' deadline
 * @param attempt while or once offered: 0 for routing's own offer, then one per reassignment
 * @param offers every offer of the lead in this round, oldest first (empty without an acknowledgement SLA)
 */
record AssignmentView(
        AssignmentState state,
        String assignmentId,
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
        ExplanationView explanation,
        ActivationView activation,
        int attempt,
        List<OfferView> offers) {

    /**
     * @param eventId the {@code response.activated} event (null: stored before it was recorded)
     * @param kind {@code NEW_RESPONSE}, {@code REACTIVATED}, or {@code UNKNOWN} (also: stored before it was recorded)
     * @param triggerNotification false when the activation asked that nobody be told: {@code lead.assigned} says so
     * @param reactivationScenario for a reactivation, the scenario that decided it, if known
     * @param reactivationDecisionId for a reactivation, the decision applied, if known
     */
    record ActivationView(String eventId, ActivationKind kind, boolean triggerNotification,
            String reactivationScenario, String reactivationDecisionId) {

        static ActivationView of(Round round) {
            return new ActivationView(round.activationEventId(), round.kind(), round.triggerNotification(),
                    round.reactivationScenario(), round.reactivationDecisionId());
        }
    }

    record OwnerView(String id, OwnerKind kind, String name) {

        static OwnerView of(Owner owner) {
            return owner == null ? null : new OwnerView(owner.id(), owner.kind(), owner.name());
        }
    }

    static AssignmentView of(Assignment assignment) {
        return new AssignmentView(assignment.state(), assignment.assignmentId(), assignment.leadId(),
                assignment.responseId(),
                assignment.campaignId(), OwnerView.of(assignment.previousOwner()),
                OwnerView.of(assignment.temporaryOwner()), OwnerView.of(assignment.finalOwner()),
                assignment.method(), assignment.reason(), iso(assignment.activatedAt()), iso(assignment.dueAt()),
                iso(assignment.assignedAt()), assignment.timeToAssignMillis(), assignment.hopper(),
                ExplanationView.of(assignment.explanation()), ActivationView.of(assignment.round()),
                assignment.attempt(), assignment.offers().stream().map(OfferView::of).toList());
    }

    static String iso(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
