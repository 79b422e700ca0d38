package io.leadflow.access;

/** What a user may administer (seed 002): which of the two is needed depends on the {@link Edition}. */
public enum Permission {
    /** Team instances: edit lead distribution (routing, reassignment groups, reactivation). */
    TEAM_FEATURES,
    /** Enterprise instances: the same. */
    MANAGE_LEAD_DISTRIBUTION
}
