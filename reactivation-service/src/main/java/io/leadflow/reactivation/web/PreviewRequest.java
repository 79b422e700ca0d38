package io.leadflow.reactivation.web;

import io.leadflow.reactivation.domain.lead.LeadEvent;
import io.leadflow.reactivation.domain.lead.LeadSnapshot;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/**
 * "If this event arrived for this lead now": the lead and one event, as the upstream topic would carry it.
 *
 * @param event exactly the fields of its type are read
 */
record PreviewRequest(@NotBlank String leadId, @NotNull @Valid EventInput event) {

    /** The kinds of event a preview can ask about, one per trigger. */
    enum EventType {
        SCORE, STATUS, RESPONSE, INVOCATION
    }

    @Schema(description = "SCORE: score (previousScore optional, else the lead's). STATUS: status (previousStatus "
            + "optional). RESPONSE: campaignId (campaignName, responded optional). INVOCATION: scenario.")
    record EventInput(@NotNull EventType type, Integer previousScore, Integer score, String previousStatus,
            String status, String campaignId, String campaignName, Boolean responded, String scenario) {
    }

    /** The event as the domain sees it; a preview event has its own id, so it is never taken for a redelivery. */
    LeadEvent toEvent(Instant now) {
        String id = "preview";
        switch (event.type()) {
            case SCORE:
                return new LeadEvent.ScoreChanged(id, leadId, id, now, event.previousScore(),
                        required(event.score(), "event.score"));
            case STATUS:
                return new LeadEvent.StatusChanged(id, leadId, id, now, event.previousStatus(),
                        required(event.status(), "event.status"));
            case RESPONSE:
                return new LeadEvent.ResponseInserted(id, leadId, id, now, id,
                        required(event.campaignId(), "event.campaignId"), event.campaignName(), "Responded",
                        !Boolean.FALSE.equals(event.responded()), LeadSnapshot.UNKNOWN);
            default:
                return new LeadEvent.ReactivationRequested(id, leadId, id, now,
                        required(event.scenario(), "event.scenario"), "TASK", id, null);
        }
    }

    private static <T> T required(T value, String path) {
        if (value == null || value instanceof String && ((String) value).isBlank()) {
            throw ApiException.badRequest("Incomplete event", path + " is required for a preview of this type");
        }
        return value;
    }
}
