package io.leadflow.reactivation.domain.run;

import io.leadflow.reactivation.domain.scenario.TriggerType;
import java.time.Instant;

/**
 * One step of a scenario run for a lead, as "why was / wasn't this lead reactivated?" shows it.
 *
 * @param at when the step happened (service clock)
 * @param reason the step in words
 * @param dueAt WAITING: when the scenario fires
 * @param action DECIDED: what it decided (else null)
 * @param responseId DECIDED: the response reactivated or activated
 * @param campaignId DECIDED: the default campaign of an inserted member
 * @param decisionEventId DECIDED: the {@code response.reactivation.decided} event id
 */
public record RunStep(String runId, String leadId, String scenario, TriggerType trigger, String triggerEventId,
        Instant at, RunOutcome outcome, String reason, Instant dueAt, Action action, String responseId,
        String campaignId, String decisionEventId) {

    /** Identifies the step, so a step written twice (a replayed batch) shows once. */
    public String stepId() {
        return runId + ":" + outcome;
    }

    public static RunStep of(PendingWait wait, Instant at, RunOutcome outcome, String reason) {
        return new RunStep(wait.runId(), wait.leadId(), wait.scenario(), wait.trigger(), wait.triggerEventId(), at,
                outcome, reason, outcome == RunOutcome.WAITING ? wait.dueAt() : null, null, null, null, null);
    }
}
