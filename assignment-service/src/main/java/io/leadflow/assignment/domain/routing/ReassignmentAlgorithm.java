package io.leadflow.assignment.domain.routing;

/** How a lead whose offer expired is offered again (seed 003). */
public enum ReassignmentAlgorithm {
    /** Offer it to the first candidate; if they let it expire too, the final target gets it. */
    SINGLE,
    /** Offer it to the first candidates at once; the first to acknowledge wins, the other offers end at once. */
    BLAST,
    /** Offer it to the next candidate, and on down the list while offers expire, up to the maximum of attempts. */
    ROUND_ROBIN
}
