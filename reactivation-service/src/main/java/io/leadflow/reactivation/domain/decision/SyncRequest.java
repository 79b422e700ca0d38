package io.leadflow.reactivation.domain.decision;

import io.leadflow.reactivation.domain.scenario.SyncOption;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Trigger sync: the command asking the CRM to write the scenario's fields on the lead
 * ({@code lead.update.requested}), its values filled in from the decision.
 */
public record SyncRequest(String eventId, String leadId, String correlationId, Instant requestedAt,
        Map<String, String> fields, String source, String causeEventId) {

    public static SyncRequest of(String eventId, Decision decision, SyncOption sync) {
        Map<String, String> fields = new LinkedHashMap<>();
        sync.fields().forEach((field, value) -> fields.put(field, fill(value, decision)));
        return new SyncRequest(eventId, decision.leadId(), decision.correlationId(), decision.decidedAt(), fields,
                "reactivation scenario " + decision.scenario(), decision.eventId());
    }

    private static String fill(String value, Decision decision) {
        return value.replace("{scenario}", decision.scenario())
                .replace("{trigger}", decision.trigger().name())
                .replace("{action}", decision.action().name())
                .replace("{decidedAt}", decision.decidedAt().toString())
                .replace("{responseId}", decision.responseId() == null ? "" : decision.responseId())
                .replace("{campaignId}", decision.campaignId() == null ? "" : decision.campaignId());
    }
}
