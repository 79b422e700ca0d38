package io.leadflow.reactivation.web;

import io.leadflow.reactivation.domain.Preview;
import io.leadflow.reactivation.domain.decision.Selection;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * What the event would do, changing nothing.
 *
 * @param scenario the scenario that counts the event (null: none)
 * @param startsWait whether a wait would start
 * @param action what the scenario would decide when the wait ends, if nothing else happens (null: nothing)
 * @param syncFields the CRM fields the scenario would ask to write (before the decision fills them in)
 */
record PreviewView(String leadId, long configurationVersion, String scenario, String trigger, boolean startsWait,
        @IsoDuration Duration waitPeriod, Instant firesAt, String action, String responseId, String campaignId,
        Boolean triggerAssignment, Boolean triggerNotification, Map<String, String> syncFields, String reason) {

    static PreviewView of(String leadId, Preview preview) {
        if (preview.scenario() == null) {
            return new PreviewView(leadId, preview.configurationVersion(), null, null, false, null, null, null, null,
                    null, null, null, Map.of(), preview.reason());
        }
        Selection selection = preview.selection();
        boolean decides = selection != null && selection.decided();
        return new PreviewView(leadId, preview.configurationVersion(), preview.scenario().name(),
                preview.scenario().trigger().name(), preview.starts(), preview.scenario().effectiveWait(),
                preview.firesAt(), decides ? selection.action().name() : null, decides ? selection.responseId() : null,
                decides ? selection.campaignId() : null, preview.scenario().assigns(), preview.scenario().notifies(),
                preview.scenario().effectiveSync().fields(), preview.reason());
    }
}
