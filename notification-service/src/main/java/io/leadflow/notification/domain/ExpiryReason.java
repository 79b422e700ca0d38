package io.leadflow.notification.domain;

/** Why an offer ended without the lead going to its candidate; it changes what the candidate is told. */
public enum ExpiryReason {
    /** The deadline passed before the candidate acknowledged. */
    NOT_ACKNOWLEDGED,
    /** Another candidate of the same blast acknowledged first. */
    TAKEN_BY_ANOTHER,
    /** The lead was reassigned while the offer was open. */
    WITHDRAWN,
    /** A reason this reader does not know (a newer writer). */
    UNKNOWN
}
