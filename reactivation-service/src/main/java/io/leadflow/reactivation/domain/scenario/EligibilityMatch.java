package io.leadflow.reactivation.domain.scenario;

/** How a scenario's eligibility criteria combine. */
public enum EligibilityMatch {
    /** At least one criterion holds (seed 004). */
    ANY,
    /** Every criterion given holds. */
    ALL
}
