package io.leadflow.response.domain;

/** How the assignment service decided a lead's owner (see the AssignmentMethod schema). */
public enum AssignmentMethod {
    EXTERNAL_ENGINE,
    TIMEOUT_FALLBACK,
    OWNER_RETAINED,
    DIRECT,
    ASSIGNMENT_RULE,
    ROUND_ROBIN,
    WEIGHTED,
    LOAD_BALANCED,
    HOPPER,
    HOPPER_CLAIM,
    SINGLE_REASSIGNMENT,
    BLAST_REASSIGNMENT,
    ROUND_ROBIN_REASSIGNMENT,
    FINAL_TARGET,
    MANUAL_REASSIGNMENT,
    GROUP_CLAIM,
    GROUP_DEFAULT_ASSIGNEE,
    UNKNOWN
}
