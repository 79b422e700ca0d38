package io.leadflow.assignment.domain.offer;

/** Which step offered the lead. */
public enum OfferKind {
    /** Routing itself: the lead went to a user under an acknowledgement SLA. */
    ROUTING,
    /** A SINGLE reassignment after an offer expired. */
    SINGLE,
    /** A BLAST reassignment: one of several offers made at once. */
    BLAST,
    /** A ROUND_ROBIN reassignment: the next candidate down the list. */
    ROUND_ROBIN
}
