package io.leadflow.reactivation.domain.scenario;

/** The four kinds of event a reactivation scenario listens for (seed 004). */
public enum TriggerType {
    /** {@code lead.score.changed}: the score crossed a threshold, or rose by at least some points. */
    SCORE,
    /** {@code lead.status.changed} (passive mode): from a status listed as inactive to one listed as active. */
    ACTIVE_STATUS,
    /** {@code response.created} in a response-prompt campaign: revive a recent response instead of the prompt. */
    RESPONSE_PROMPT,
    /** An integrator asked for it ({@code reactivation.requested} or the REST API). */
    INVOCABLE
}
