package io.leadflow.assignment.domain.group;

import io.leadflow.assignment.domain.Assignment;
import io.leadflow.assignment.domain.AssignmentMethod;
import io.leadflow.assignment.domain.AssignmentState;
import io.leadflow.assignment.domain.Owner;
import io.leadflow.assignment.domain.offer.Durations;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What the lead's timeline shows once a reassignment group distribution completed (seed 002): who triggered it,
 * which group, who got the lead and why, how long it took. Read from the round itself.
 */
public record TimelineRecord(String leadId, String assignmentId, String group, String triggeredBy,
        Owner previousOwner, Owner newOwner, AssignmentMethod method, String text, Instant startedAt,
        Instant completedAt) {

    /** The record of a completed group round; empty for any other round, or one still in progress. */
    public static Optional<TimelineRecord> of(Assignment round) {
        if (!round.round().isGroupReassignment() || round.state() != AssignmentState.ASSIGNED) {
            return Optional.empty();
        }
        Duration took = Duration.between(round.activatedAt(), round.assignedAt());
        String sent = round.round().requestedBy() + " sent the lead to reassignment group '"
                + round.round().reassignmentGroup() + "'; ";
        String outcome = round.method() == AssignmentMethod.GROUP_CLAIM
                ? round.finalOwner().label() + " claimed it after " + Durations.words(took)
                : (round.offers().isEmpty() ? "nobody in the group could take it"
                        : "nobody claimed it within " + Durations.words(
                                Duration.between(round.offers().get(0).offeredAt(), round.offers().get(0).deadline())))
                        + ", so " + round.finalOwner().label() + " (the default assignee) got it after "
                        + Durations.words(took);
        return Optional.of(new TimelineRecord(round.leadId(), round.assignmentId(), round.round().reassignmentGroup(),
                round.round().requestedBy(), round.previousOwner(), round.finalOwner(), round.method(), sent + outcome,
                round.activatedAt(), round.assignedAt()));
    }

    public Duration duration() {
        return Duration.between(startedAt, completedAt);
    }
}
