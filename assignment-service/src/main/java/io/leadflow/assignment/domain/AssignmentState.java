package io.leadflow.assignment.domain;

/** Where the assignment of one active response stands. */
public enum AssignmentState {
    /** The activation did not route the lead; nothing was or will be published. */
    NOT_ROUTED,
    /** Parked with the temporary owner, waiting for an external engine to move the lead (or for the timeout). */
    WAITING_FOR_ENGINE,
    /** In the hopper without an owner, until a user claims it. */
    IN_HOPPER,
    /** Nobody could take the lead and no rule said where else it goes; the explanation says why. */
    UNASSIGNED,
    /** Offered to one or more candidates, who must acknowledge by {@code dueAt}; nobody owns it yet. */
    OFFERED,
    /** The final owner is decided. */
    ASSIGNED,
    /** A later reassignment of the lead (e.g. a manual one) replaced this assignment before it had an owner. */
    SUPERSEDED
}
