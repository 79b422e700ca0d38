package io.leadflow.reactivation.domain.run;

import io.leadflow.reactivation.domain.scenario.TriggerType;
import java.time.Instant;

/**
 * A scenario waiting to fire for a lead: the durable timer of its wait period. At most one per lead and
 * scenario; it is deleted once it fired, so the collection holds only what is still due.
 *
 * @param runId names the run across its steps; the decision's event id derives from it
 * @param baselineScore SCORE: the score before the event (a rise is measured from it when the wait ends)
 * @param cause the event that counted, in words
 * @param excludedResponseId RESPONSE_PROMPT: the prompt itself, never the response to revive
 */
public record PendingWait(String runId, String leadId, String scenario, TriggerType trigger,
        String triggerEventId, String correlationId, Instant scheduledAt, Instant dueAt, Integer baselineScore,
        String cause, String excludedResponseId, String relatedRecordType, String relatedRecordId) {

    /** One wait per lead and scenario. */
    public String id() {
        return idOf(leadId, scenario);
    }

    public static String idOf(String leadId, String scenario) {
        return leadId + "|" + scenario;
    }
}
