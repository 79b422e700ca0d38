package io.leadflow.response.domain;

import java.time.Instant;

/**
 * An open active response as its lead's funnel records it.
 *
 * @param respondedAt when the response happened; a status change closes only responses at or before it
 */
public record ActiveResponse(String responseId, Instant respondedAt) {

    public static ActiveResponse of(CampaignResponse response) {
        return new ActiveResponse(response.responseId(), response.respondedAt());
    }
}
