package io.leadflow.response.domain;

import java.time.Instant;

/**
 * An open active response as its lead's funnel records it.
 *
 * @param openedAt when it entered the funnel, in the time of the events that put it there: when the response
 *     happened, or when the decision that reactivated it was made. A status change closes only responses opened at
 *     or before it, so a late redelivery never closes a newer funnel.
 */
public record ActiveResponse(String responseId, Instant openedAt) {

    public static ActiveResponse of(CampaignResponse response) {
        return new ActiveResponse(response.responseId(), response.respondedAt());
    }
}
