package io.leadflow.assignment.domain.outbox;

import io.leadflow.assignment.domain.Assignment;
import io.leadflow.assignment.domain.AssignmentEvents;
import io.leadflow.assignment.domain.AssignmentMethod;
import io.leadflow.assignment.domain.AssignmentState;
import io.leadflow.assignment.domain.Assignments;
import io.leadflow.assignment.domain.load.LoadProjection;
import java.util.ArrayList;
import java.util.List;

/**
 * Publishes what each stored assignment's state calls for, and marks it published once the broker confirmed
 * it. Every feature stores its decision first (with {@code published = false}) and then hands it here; what
 * no record would redeliver is also in the outbox, which {@link OutboxSweeper} works off.
 */
public class OutcomePublisher {

    private final Assignments assignments;
    private final LoadProjection loads;
    private final AssignmentEvents events;

    public OutcomePublisher(Assignments assignments, LoadProjection loads, AssignmentEvents events) {
        this.assignments = assignments;
        this.loads = loads;
        this.events = events;
    }

    /**
     * Publishes what each assignment's latest transition calls for, all in one publication: the offers it ended
     * unacknowledged ({@code lead.expired}) and the offers it made ({@code lead.offered}); for a reassignment group
     * round, the lock or unlock request and the timeline record; an unassignment request for a lead in the hopper
     * without an owner; a parking request for a wait; for a final owner, the owner request to the CRM when leadflow decided the owner (not when the engine
     * or the CRM already set it), then {@code lead.assigned}. A final owner also counts towards the owner's load
     * at once, so a bulk of leads does not all go to whoever looked least loaded before any of them. Once the
     * broker confirmed everything, the assignments are marked published.
     */
    /**
     * A reassignment group's round locks the lead's primary agent while its member's offer is open (the lock starts
     * with the offer), unlocks it when it ends, and leaves a timeline record once someone got the lead. A round that
     * went to the default assignee at once never locked anything.
     */
    private static void groupRound(Assignment round, AssignmentEvents.Publication publication) {
        if (round.isOffered()) {
            if (round.attempt() == 0) {
                publication.requestLock(round, true);
            }
            return;
        }
        if (!round.offers().isEmpty()) {
            publication.requestLock(round, false);
        }
        if (round.state() == AssignmentState.ASSIGNED) {
            publication.recordTimeline(round);
        }
    }

    public void publishPending(List<Assignment> batch) {
        List<Assignment> unpublished = batch.stream().filter(assignment -> !assignment.published()).toList();
        if (unpublished.isEmpty()) {
            return;
        }
        AssignmentEvents.Publication publication = events.publication();
        List<Assignment> owned = new ArrayList<>();
        for (Assignment assignment : unpublished) {
            assignment.offersEndedLast().forEach(offer -> publication.announceEnded(assignment, offer));
            assignment.offersMadeLast().forEach(offer -> publication.announceOffer(assignment, offer));
            if (assignment.round().isGroupReassignment()) {
                groupRound(assignment, publication);
            }
            if (assignment.state() == AssignmentState.IN_HOPPER && assignment.finalOwner() == null) {
                publication.requestUnassignment(assignment);
            }
            if (assignment.isWaiting()) {
                publication.requestTemporaryOwner(assignment);
            } else if (assignment.state() == AssignmentState.ASSIGNED) {
                owned.add(assignment);
                if (assignment.method() != AssignmentMethod.EXTERNAL_ENGINE
                        && assignment.method() != AssignmentMethod.OWNER_RETAINED) {
                    publication.requestFinalOwner(assignment);
                }
                publication.announceAssigned(assignment);
            }
        }
        loads.assigned(owned);
        publication.awaitConfirmed();
        assignments.markPublished(unpublished);
    }
}
