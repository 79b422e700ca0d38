package io.leadflow.assignment.domain.routing;

/** What a distribution rule made of one of its members for one lead, or a candidate query of one of its users. */
public enum CandidateVerdict {
    /** Got the lead. */
    CHOSEN,
    /** Available, but another member was ahead (turn, weight or load). */
    NOT_NEXT,
    /** Reached their cap for the period. */
    FULL,
    PAUSED,
    OUT_OF_OFFICE,
    OUTSIDE_WORKING_HOURS,
    /** Cannot receive leads, e.g. not in the user directory. */
    NOT_ELIGIBLE,
    /** A candidate query's filter left the user out. */
    FILTERED_OUT,
    /** The lead was offered to the user before in this assignment. */
    ALREADY_OFFERED
}
