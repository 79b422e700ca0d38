package io.leadflow.criteria;

/** How the conditions and groups of a {@link Criteria} combine. */
public enum Match {
    /** Every condition and group holds (AND). */
    ALL,
    /** At least one condition or group holds (OR). */
    ANY
}
