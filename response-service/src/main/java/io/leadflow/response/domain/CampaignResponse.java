package io.leadflow.response.domain;

import io.leadflow.platform.events.InvalidEventException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A campaign-member response (or non-response) as {@code response.created} reported it. Constructing one
 * checks the rules the schema cannot express, so an invalid event is dead-lettered with the reason
 * instead of being stored.
 *
 * @param respondedAt when the response happened (the event's occurredAt)
 */
public record CampaignResponse(
        String responseId,
        String leadId,
        String correlationId,
        String campaignId,
        String campaignName,
        String memberStatus,
        boolean responded,
        Instant respondedAt,
        LeadSnapshot lead) {

    public CampaignResponse {
        List<String> problems = new ArrayList<>();
        requireText("responseId", responseId, problems);
        requireText("leadId", leadId, problems);
        requireText("campaignId", campaignId, problems);
        requireText("memberStatus", memberStatus, problems);
        if (lead.score() != null && lead.score() < 0) {
            problems.add("lead.score must not be negative, was " + lead.score());
        }
        if (!problems.isEmpty()) {
            throw new InvalidEventException("invalid response.created: " + String.join("; ", problems));
        }
    }

    private static void requireText(String field, String value, List<String> problems) {
        if (value == null || value.isBlank()) {
            problems.add(field + " must not be blank");
        }
    }
}
