package io.leadflow.assignment.web;

import io.leadflow.assignment.domain.Assignment;
import io.leadflow.assignment.domain.engine.EngineWait.OpenWait;
import io.leadflow.assignment.web.AssignmentView.OwnerView;

/**
 * A lead parked for the external engine that nobody moved yet, as operators see it; times are ISO-8601 UTC
 * strings, the age an ISO-8601 duration.
 *
 * @param assignmentId the assignment waiting: the response id for a response's first activation, an id of its own
 *     for a reactivation
 * @param temporaryOwner who the lead is parked with
 * @param parkedSince when the wait began (the activation)
 * @param age how long the lead has waited so far
 * @param dueAt when the wait times out to the fallback owner; null when waits have no timeout
 */
record EngineWaitView(
        String assignmentId,
        String responseId,
        String leadId,
        OwnerView temporaryOwner,
        String parkedSince,
        String age,
        String dueAt) {

    static EngineWaitView of(OpenWait wait) {
        Assignment assignment = wait.assignment();
        return new EngineWaitView(assignment.assignmentId(), assignment.responseId(), assignment.leadId(),
                OwnerView.of(assignment.temporaryOwner()), assignment.activatedAt().toString(), wait.age().toString(),
                assignment.dueAt() == null ? null : assignment.dueAt().toString());
    }
}
