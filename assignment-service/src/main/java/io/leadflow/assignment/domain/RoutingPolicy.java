package io.leadflow.assignment.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How leads of newly active responses are routed.
 *
 * @param subjectToReassignment ids of the owners (users or queues) whose leads are re-routed
 * @param reassignUnowned whether a lead without an owner is re-routed
 * @param temporaryOwner where a lead is parked while an external engine picks its owner
 * @param engineWaitTimeout how long the engine has to move the lead off the temporary owner; null: no timeout, the
 *     lead waits until an owner change moves it
 * @param fallbackOwner who gets the lead when the engine did not move it in time
 * @param closedStatuses lead statuses (ignoring case) of leads that no longer count towards their owner's load
 */
public record RoutingPolicy(
        Set<String> subjectToReassignment,
        boolean reassignUnowned,
        Owner temporaryOwner,
        Duration engineWaitTimeout,
        Owner fallbackOwner,
        Set<String> closedStatuses) {

    public RoutingPolicy {
        subjectToReassignment = Set.copyOf(subjectToReassignment);
        closedStatuses = closedStatuses.stream().map(RoutingPolicy::normalized).collect(Collectors.toUnmodifiableSet());
    }

    /** When a wait for the engine begun at {@code parkedAt} times out; null when waits have no timeout. */
    public Instant engineWaitDueAt(Instant parkedAt) {
        return engineWaitTimeout == null ? null : parkedAt.plus(engineWaitTimeout);
    }

    public boolean isClosedStatus(String status) {
        return status != null && closedStatuses.contains(normalized(status));
    }

    private static String normalized(String status) {
        return status.trim().toLowerCase(Locale.ROOT);
    }

    public boolean isSubjectToReassignment(Owner owner) {
        return owner == null ? reassignUnowned : subjectToReassignment.contains(owner.id());
    }
}
