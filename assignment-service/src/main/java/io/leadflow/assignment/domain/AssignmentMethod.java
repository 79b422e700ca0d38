package io.leadflow.assignment.domain;

/** How the final owner was decided. */
public enum AssignmentMethod {
    /** An external engine moved the lead off the temporary owner. */
    EXTERNAL_ENGINE,
    /** Nobody moved the lead off the temporary owner in time, so the fallback owner got it. */
    TIMEOUT_FALLBACK,
    /** The current owner is not subject to reassignment and keeps the lead. */
    OWNER_RETAINED,
    /** The distribute step named the user or queue itself. */
    DIRECT,
    /** An assignment rule (or the catch-all) named the user or queue. */
    ASSIGNMENT_RULE,
    /** A round-robin distribution rule picked the member. */
    ROUND_ROBIN,
    /** A weighted distribution rule picked the member. */
    WEIGHTED,
    /** A load-balanced distribution rule picked the member. */
    LOAD_BALANCED,
    /** The lead was put in the hopper with this owner. */
    HOPPER,
    /** A user claimed the lead from the hopper. */
    HOPPER_CLAIM
}
