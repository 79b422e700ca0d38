package io.leadflow.reactivation.domain.run;

/** What became of one run of a scenario for a lead, at one step. */
public enum RunOutcome {
    /** The event counted; the scenario fires at {@code dueAt} if it still holds then. */
    WAITING,
    /** The event counted, but the scenario was already waiting for this lead: the first wait stands. */
    ALREADY_WAITING,
    /** The event counted, but the lead has an open active response: nothing to reactivate. */
    ACTIVE_RESPONSE_EXISTS,
    /** The scenario fired and decided (the action says what): published on {@code response.reactivation.decided}. */
    DECIDED,
    /** When the wait ended, the event no longer held (e.g. the score dropped, the lead got an active response). */
    CONDITION_GONE,
    /** The scenario fired but found nothing to reactivate, no non-response it may activate and no default campaign. */
    NO_ELIGIBLE_RESPONSE,
    /** When the wait ended, the scenario had been removed or disabled, or another one had decided for the lead. */
    CANCELLED
}
