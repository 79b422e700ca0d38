package io.leadflow.assignment.domain;

/**
 * What the assignment process tells the world. Each call returns only once the broker confirmed the event;
 * calling again for the same assignment publishes an event with the same id, so consumers drop the repeat.
 */
public interface AssignmentEvents {

    /** Asks the CRM to park the lead with the temporary owner, where the external engine picks it up. */
    void requestTemporaryOwner(Assignment waiting);

    /** Asks the CRM to give the lead to the final owner leadflow decided itself. */
    void requestFinalOwner(Assignment assigned);

    /** Announces the final owner (what dashboards consume). */
    void announceAssigned(Assignment assigned);
}
