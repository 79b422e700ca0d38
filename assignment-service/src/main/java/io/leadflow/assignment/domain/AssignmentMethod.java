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
    HOPPER_CLAIM,
    /** An offer expired; the first candidate of a SINGLE reassignment acknowledged the lead. */
    SINGLE_REASSIGNMENT,
    /** An offer expired; the fastest candidate of a BLAST reassignment acknowledged the lead. */
    BLAST_REASSIGNMENT,
    /** An offer expired; a later candidate of a ROUND_ROBIN reassignment acknowledged the lead. */
    ROUND_ROBIN_REASSIGNMENT,
    /** Every offer expired (or nobody was left to offer the lead to): the reassignment's final target got it. */
    FINAL_TARGET,
    /** A person reassigned the lead over REST. */
    MANUAL_REASSIGNMENT,
    /** A member of a reassignment group claimed the lead offered to them. */
    GROUP_CLAIM,
    /** Nobody in the reassignment group claimed the lead in time (or could take it): its default assignee got it. */
    GROUP_DEFAULT_ASSIGNEE
}
