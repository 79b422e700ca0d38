package io.leadflow.assignment.domain.hopper;

import io.leadflow.assignment.domain.Assignment;
import io.leadflow.assignment.domain.Assignments;
import io.leadflow.assignment.domain.Owner;
import io.leadflow.assignment.domain.group.LeadLocks;
import io.leadflow.assignment.domain.group.PrimaryAgentLocks;
import io.leadflow.assignment.domain.outbox.OutcomePublisher;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The hopper: leads routing put there, which users claim, first come, first served. */
public class Hopper {

    private final Assignments assignments;
    private final PrimaryAgentLocks locks;
    private final OutcomePublisher publisher;
    private final Clock clock;

    public Hopper(Assignments assignments, PrimaryAgentLocks locks, OutcomePublisher publisher, Clock clock) {
        this.assignments = assignments;
        this.locks = locks;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** Whether a claim got the lead, and if not, why. */
    public sealed interface ClaimOutcome {

        /** The user got the lead. */
        record Claimed(Assignment assignment) implements ClaimOutcome {
        }

        /** The lead is not (or no longer) in the hopper: someone claimed it first, or it never went there. */
        record NotClaimable(Assignment assignment) implements ClaimOutcome {
        }

        record UnknownAssignment(String assignmentId) implements ClaimOutcome {
        }

        /** A reassignment group distribution of the lead is in progress: its primary agent is locked. */
        record Locked(LeadLocks.Lock lock) implements ClaimOutcome {
        }
    }

    /**
     * A user claims the lead of an assignment (for a response's first activation: the response id) from the
     * hopper. First come, first served: of users claiming the same lead at the same time, on any instance,
     * exactly one gets it. The claim keeps the assignment's round, so its {@code lead.assigned} says whether
     * anybody may be told as the activation asked.
     */
    public ClaimOutcome claim(String assignmentId, Owner user) {
        Optional<Assignment> found = assignments.find(assignmentId);
        if (found.isEmpty()) {
            return new ClaimOutcome.UnknownAssignment(assignmentId);
        }
        Map<String, LeadLocks.Lock> locked = locks.heldOn(List.of(found.get().leadId()));
        if (!locked.isEmpty()) {
            return new ClaimOutcome.Locked(locked.values().iterator().next());
        }
        Optional<Assignment> claimed = found.get().claimedBy(user, clock.instant());
        if (claimed.isPresent() && assignments.claim(claimed.get())) {
            publisher.publishPending(List.of(claimed.get()));
            return new ClaimOutcome.Claimed(claimed.get());
        }
        return new ClaimOutcome.NotClaimable(assignments.find(assignmentId).orElseThrow());
    }

    /** Leads in the hopper that users may claim, oldest first. */
    public List<Assignment> claimable(int limit) {
        return assignments.claimable(limit);
    }
}
