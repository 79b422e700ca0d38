package io.leadflow.assignment.domain;

/** Why a response became the lead's active response. */
public enum ActivationKind {
    /** The response is new: the lead's first activation of it (a new MQL). */
    NEW_RESPONSE,
    /** A reactivation scenario made the response active again: a new round of assignment for it. */
    REACTIVATED,
    /**
     * Not an activation: a person reassigned the lead over REST, which starts a round of its own (the request is
     * its "activation").
     */
    MANUAL_REASSIGNMENT,
    /**
     * Not an activation: a person sent the lead to a reassignment group (seed 002), which starts a round of its own
     * and locks the lead's primary agent until it completes.
     */
    GROUP_REASSIGNMENT,
    /** A kind this version does not know (a newer writer's), or not recorded (assignments stored before it was). */
    UNKNOWN;

    /** Whether a person's request started the round (it is named by the request, not by an activation). */
    public boolean isRequested() {
        return this == MANUAL_REASSIGNMENT || this == GROUP_REASSIGNMENT;
    }
}
