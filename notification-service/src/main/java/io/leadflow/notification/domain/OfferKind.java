package io.leadflow.notification.domain;

/** How the candidate came to be offered the lead; told to webhook receivers as it is. */
public enum OfferKind {
    ROUTING,
    SINGLE,
    BLAST,
    ROUND_ROBIN,
    UNKNOWN
}
