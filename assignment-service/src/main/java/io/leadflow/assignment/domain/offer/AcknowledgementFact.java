package io.leadflow.assignment.domain.offer;

import io.leadflow.assignment.domain.Owner;
import java.time.Instant;

/**
 * Someone acknowledged a lead offered to them: from {@code lead.acknowledged} (the CRM or the rep's app) or the
 * signed link of the offer.
 *
 * @param offerId the offer acknowledged; null when the acknowledgement names only the lead (then it answers the
 *     open offer of the lead to {@code acknowledgedBy}, if there is one)
 * @param at when they acknowledged
 */
public record AcknowledgementFact(String leadId, String offerId, Owner acknowledgedBy, Instant at) {
}
