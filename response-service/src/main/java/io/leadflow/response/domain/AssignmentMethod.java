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
    UNKNOWN
}
