package io.leadflow.assignment.domain;

import java.time.Duration;
import java.util.Set;

/**
 * How leads of newly active responses are routed.
 *
 * @param subjectToReassignment ids of the owners (users or queues) whose leads are re-routed
 * @param reassignUnowned whether a lead without an owner is re-routed
 * @param temporaryOwner where a lead is parked while an external engine picks its owner
 * @param engineWaitTimeout how long the engine has to move the lead off the temporary owner
 * @param fallbackOwner who gets the lead when the engine did not move it in time
 */
public record RoutingPolicy(
        Set<String> subjectToReassignment,
        boolean reassignUnowned,
        Owner temporaryOwner,
        Duration engineWaitTimeout,
        Owner fallbackOwner) {

    public RoutingPolicy {
        subjectToReassignment = Set.copyOf(subjectToReassignment);
    }

    public boolean isSubjectToReassignment(Owner owner) {
        return owner == null ? reassignUnowned : subjectToReassignment.contains(owner.id());
    }
}
