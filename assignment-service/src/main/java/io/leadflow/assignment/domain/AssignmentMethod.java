package io.leadflow.assignment.domain;

/** How the final owner was decided. */
public enum AssignmentMethod {
    /** An external engine moved the lead off the temporary owner. */
    EXTERNAL_ENGINE,
    /** Nobody moved the lead off the temporary owner in time, so the fallback owner got it. */
    TIMEOUT_FALLBACK,
    /** The current owner is not subject to reassignment and keeps the lead. */
    OWNER_RETAINED
}
