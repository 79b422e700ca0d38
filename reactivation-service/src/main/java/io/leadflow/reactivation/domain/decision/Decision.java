package io.leadflow.reactivation.domain.decision;

import io.leadflow.reactivation.domain.lead.LeadSnapshot;
import io.leadflow.reactivation.domain.run.Action;
import io.leadflow.reactivation.domain.run.PendingWait;
import io.leadflow.reactivation.domain.scenario.Scenario;
import io.leadflow.reactivation.domain.scenario.TriggerType;
import java.time.Instant;

/**
 * A scenario's decision, for response-service to apply ({@code response.reactivation.decided}).
 *
 * @param eventId derived from the run, so a decision published again after a crash carries the same id
 * @param lead the lead as this service knows it now
 */
public record Decision(String eventId, String runId, String leadId, String correlationId, Instant decidedAt,
        String scenario, TriggerType trigger, Action action, String responseId, String campaignId,
        String campaignName, LeadSnapshot lead, String reason, String triggerEventId, String relatedRecordType,
        String relatedRecordId, boolean triggerAssignment, boolean triggerNotification) {

    public static Decision of(String eventId, PendingWait wait, Scenario scenario, Selection selection,
            LeadSnapshot lead, Instant decidedAt) {
        return new Decision(eventId, wait.runId(), wait.leadId(), wait.correlationId(), decidedAt, scenario.name(),
                wait.trigger(), selection.action(), selection.responseId(), selection.campaignId(),
                selection.campaignName(), lead, wait.cause() + "; " + selection.reason(), wait.triggerEventId(),
                wait.relatedRecordType(), wait.relatedRecordId(), scenario.assigns(), scenario.notifies());
    }
}
