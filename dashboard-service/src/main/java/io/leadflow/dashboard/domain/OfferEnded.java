package io.leadflow.dashboard.domain;

import java.time.Instant;

/**
 * An offer that ended without its candidate acknowledging it ({@code lead.expired}).
 *
 * @param ignored true when the deadline passed (NOT_ACKNOWLEDGED): the rep ignored the lead; false when another
 *     rep took it or a reassignment withdrew it, which is nobody's fault
 */
public record OfferEnded(String eventId, String offerId, Person candidate, Instant endedAt, boolean ignored) {
}
