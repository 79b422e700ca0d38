package io.leadflow.assignment.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where assignments are kept. Every write is a conditional single-document update, safe under concurrency. */
public interface Assignments {

    /** Stores a new assignment; false when one already exists for its response (a redelivered activation). */
    boolean insert(Assignment assignment);

    Optional<Assignment> find(String responseId);

    /** The lead's assignments, oldest activation first. */
    List<Assignment> ofLead(String leadId);

    /**
     * Stores a wait's outcome if the assignment is still waiting. Of an owner change and a timeout racing
     * for the same wait, exactly one gets true.
     */
    boolean complete(Assignment assigned);

    /** Waits whose timeout is due at {@code now}, earliest first. */
    List<Assignment> dueWaits(Instant now, int limit);

    /** Assignments whose events have been waiting to be published since before {@code updatedBefore}. */
    List<Assignment> unpublished(Instant updatedBefore);

    /**
     * Stores a claim of a hopper lead if it is still claimable. Of users claiming the same lead at the same
     * time, exactly one gets true.
     */
    boolean claim(Assignment claimed);

    /** Hopper leads nobody claimed yet, oldest activation first. */
    List<Assignment> claimable(int limit);

    /**
     * Records that the events of the assignment's state were published, if it is still in that state (same
     * state and method: a claim after the lead was assigned in the hopper publishes events of its own).
     */
    void markPublished(Assignment assignment);
}
