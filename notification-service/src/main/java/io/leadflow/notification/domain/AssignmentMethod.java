package io.leadflow.notification.domain;

/** How the final owner was decided; it changes what the owner is told. */
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
