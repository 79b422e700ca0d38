package io.leadflow.assignment.domain.offer;

import io.leadflow.assignment.domain.AssignmentMethod;
import io.leadflow.assignment.domain.Owner;
import java.time.Duration;
import java.time.Instant;

/**
 * A lead offered to one candidate, who must acknowledge it by {@code deadline}. Offers belong to their
 * assignment, which decides every change of them in one conditional write: of two acknowledgements, or an
 * acknowledgement and the deadline, exactly one changes the assignment and the other finds the offer closed.
 *
 * @param offerId derived from the assignment, the attempt and the candidate, so a recomputed offer keeps its id
 * @param attempt 0 for routing's own offer, 1, 2, ... for each reassignment after it
 * @param method how the candidate becomes the owner if they acknowledge (the routing method for attempt 0, the
 *     reassignment's method after it)
 * @param candidateQuery the candidate query that found the candidate (reassignments; null for routing's offer)
 * @param closedAt when the offer stopped being open (null while open)
 * @param detail why it closed, in one sentence (null while open)
 * @param takenBy state TAKEN: who acknowledged the lead first
 * @param lateAcknowledgedAt when the candidate acknowledged after the offer had closed (it changed nothing)
 */
public record Offer(
        String offerId,
        Owner candidate,
        int attempt,
        OfferKind kind,
        AssignmentMethod method,
        String candidateQuery,
        Instant offeredAt,
        Instant deadline,
        OfferState state,
        Instant closedAt,
        String detail,
        Owner takenBy,
        Instant lateAcknowledgedAt) {

    /** A new open offer. */
    public static Offer open(String offerId, Owner candidate, int attempt, OfferKind kind, AssignmentMethod method,
            String candidateQuery, Instant offeredAt, Instant deadline) {
        return new Offer(offerId, candidate, attempt, kind, method, candidateQuery, offeredAt, deadline,
                OfferState.OPEN, null, null, null, null);
    }

    public boolean isOpen() {
        return state == OfferState.OPEN;
    }

    public Offer acknowledged(Instant at) {
        return closed(OfferState.ACKNOWLEDGED, at, candidate.label() + " acknowledged the lead after "
                + Durations.words(Duration.between(offeredAt, at)), null);
    }

    public Offer expired(Instant at) {
        return closed(OfferState.EXPIRED, at, candidate.label() + " did not acknowledge the lead within "
                + Durations.words(Duration.between(offeredAt, deadline)), null);
    }

    public Offer takenBy(Owner winner, Instant at) {
        return closed(OfferState.TAKEN, at, winner.label() + " acknowledged the lead first", winner);
    }

    public Offer withdrawn(Instant at, String why) {
        return closed(OfferState.WITHDRAWN, at, why, null);
    }

    private Offer closed(OfferState to, Instant at, String why, Owner winner) {
        return new Offer(offerId, candidate, attempt, kind, method, candidateQuery, offeredAt, deadline, to, at, why,
                winner, lateAcknowledgedAt);
    }

    /** How long the candidate took to acknowledge; null unless they did. */
    public Duration timeToAcknowledge() {
        return state == OfferState.ACKNOWLEDGED ? Duration.between(offeredAt, closedAt) : null;
    }
}
