package io.leadflow.assignment.persistence;

import io.leadflow.assignment.domain.AssignmentMethod;
import io.leadflow.assignment.domain.offer.Offer;
import io.leadflow.assignment.domain.offer.OfferKind;
import io.leadflow.assignment.domain.offer.OfferState;
import java.time.Instant;

/** An offer as stored inside its assignment; {@code offerId} and {@code offeredAt} are indexed there. */
record StoredOffer(String offerId, StoredOwner candidate, int attempt, OfferKind kind, AssignmentMethod method,
        String candidateQuery, Instant offeredAt, Instant deadline, OfferState state, Instant closedAt,
        String detail, StoredOwner takenBy, Instant lateAcknowledgedAt) {

    static final String OFFER_ID = "offerId";
    static final String OFFERED_AT = "offeredAt";
    static final String LATE_ACKNOWLEDGED_AT = "lateAcknowledgedAt";

    static StoredOffer of(Offer offer) {
        return new StoredOffer(offer.offerId(), StoredOwner.of(offer.candidate()), offer.attempt(), offer.kind(),
                offer.method(), offer.candidateQuery(), offer.offeredAt(), offer.deadline(), offer.state(),
                offer.closedAt(), offer.detail(), StoredOwner.of(offer.takenBy()), offer.lateAcknowledgedAt());
    }

    Offer toOffer() {
        return new Offer(offerId, StoredOwner.toOwner(candidate), attempt, kind, method, candidateQuery, offeredAt,
                deadline, state, closedAt, detail, StoredOwner.toOwner(takenBy), lateAcknowledgedAt);
    }
}
