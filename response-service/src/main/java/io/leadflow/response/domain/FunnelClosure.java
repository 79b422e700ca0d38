package io.leadflow.response.domain;

import java.time.Instant;

/**
 * Closing a lead's open active responses.
 *
 * @param eventId the event that closes them; marks what it closed, so a redelivery finds its own work
 * @param closedAt when the funnel closed
 * @param reason why, for people reading the campaign member
 */
public record FunnelClosure(String eventId, Instant closedAt, String reason) {
}
