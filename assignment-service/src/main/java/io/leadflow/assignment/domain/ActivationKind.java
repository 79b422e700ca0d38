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
    /** A kind this version does not know (a newer writer's), or not recorded (assignments stored before it was). */
    UNKNOWN
}
