package io.leadflow.assignment.domain;

import io.leadflow.assignment.domain.offer.Offer;

/**
 * What the assignment process tells the world. Events are published in {@link Publication}s: every event of
 * one is sent at once and confirmed together. Publishing the same assignment again yields events with the
 * same ids, so consumers drop the repeat.
 */
public interface AssignmentEvents {

    Publication publication();

    /** Events sent together; nothing is published for sure before {@link #awaitConfirmed()} returns. */
    interface Publication {

        /** Asks the CRM to park the lead with the temporary owner, where the external engine picks it up. */
        void requestTemporaryOwner(Assignment waiting);

        /** Asks the CRM to give the lead to the final owner leadflow decided itself. */
        void requestFinalOwner(Assignment assigned);

        /** Announces the final owner (what dashboards consume). */
        void announceAssigned(Assignment assigned);

        /** Offers the lead to the offer's candidate, who must acknowledge it by its deadline. */
        void announceOffer(Assignment offered, Offer offer);

        /** Tells that the offer ended unacknowledged (expired, taken by another, withdrawn). */
        void announceEnded(Assignment assignment, Offer offer);

        /** Asks the CRM to show the lead unassigned (it waits in the hopper without an owner). */
        void requestUnassignment(Assignment inHopper);

        /** Asks the CRM to show the lead's primary agent locked by a group distribution, or unlocked again. */
        void requestLock(Assignment groupRound, boolean locked);

        /** Records, for the CRM's timeline, how a reassignment group distribution ended. */
        void recordTimeline(Assignment groupRound);

        /** Returns once the broker confirmed every event of this publication. */
        void awaitConfirmed();
    }
}
