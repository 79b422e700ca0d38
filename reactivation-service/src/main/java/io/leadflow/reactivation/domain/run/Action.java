package io.leadflow.reactivation.domain.run;

/** What a scenario that fired does, tried in this order. */
public enum Action {
    /** Make the most recent eligible response the active response again. */
    REACTIVATE_RESPONSE,
    /** Make the most recent eligible non-response an active response (if the scenario allows it). */
    ACTIVATE_NON_RESPONSE,
    /** Insert a member in the scenario's default campaign as the active response (if it has one). */
    INSERT_DEFAULT_MEMBER
}
