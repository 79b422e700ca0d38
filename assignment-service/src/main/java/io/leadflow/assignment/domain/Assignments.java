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

    /** Records that the events of the assignment's {@code state} were published, if it is still in that state. */
    void markPublished(String responseId, AssignmentState state);
}
