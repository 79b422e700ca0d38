package io.leadflow.dashboard.domain;

import java.time.Instant;

/** A lead offered to a rep who must acknowledge it by the deadline ({@code lead.offered}). */
public record Offer(String eventId, String offerId, String leadId, Person candidate, Instant offeredAt,
        Instant deadline) {
}
