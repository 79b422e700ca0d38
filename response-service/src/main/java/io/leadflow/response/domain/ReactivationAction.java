package io.leadflow.response.domain;

/** How a reactivation decision puts its lead back into the funnel (see the ReactivationAction schema). */
public enum ReactivationAction {
    /** Make a response of the lead its active response again. */
    REACTIVATE_RESPONSE,
    /** Make a non-response of the lead (e.g. an email sent) its active response. */
    ACTIVATE_NON_RESPONSE,
    /** Insert a campaign member of a default campaign as the lead's active response. */
    INSERT_DEFAULT_MEMBER,
    /** A symbol this service does not know (a newer writer): such a decision is invalid here. */
    UNKNOWN
}
