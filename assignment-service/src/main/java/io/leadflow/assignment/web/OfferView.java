package io.leadflow.assignment.web;

import io.leadflow.assignment.domain.AssignmentMethod;
import io.leadflow.assignment.domain.offer.Offer;
import io.leadflow.assignment.domain.offer.OfferKind;
import io.leadflow.assignment.domain.offer.OfferState;

/**
 * An offer as operators see it; times are ISO-8601 UTC strings.
 *
 * @param method how the candidate becomes the owner if they acknowledge
 * @param detail why it closed (null while open)
 * @param lateAcknowledgedAt when the candidate acknowledged after it had closed (it changed nothing)
 */
record OfferView(String offerId, AssignmentView.OwnerView candidate, int attempt, OfferKind kind,
        AssignmentMethod method, String candidateQuery, String offeredAt, String deadline, OfferState state,
        String closedAt, String detail, AssignmentView.OwnerView takenBy, String lateAcknowledgedAt,
        Long timeToAcknowledgeMillis) {

    static OfferView of(Offer offer) {
        return new OfferView(offer.offerId(), AssignmentView.OwnerView.of(offer.candidate()), offer.attempt(),
                offer.kind(), offer.method(), offer.candidateQuery(), AssignmentView.iso(offer.offeredAt()),
                AssignmentView.iso(offer.deadline()), offer.state(), AssignmentView.iso(offer.closedAt()),
                offer.detail(), AssignmentView.OwnerView.of(offer.takenBy()),
                AssignmentView.iso(offer.lateAcknowledgedAt()),
                offer.timeToAcknowledge() == null ? null : offer.timeToAcknowledge().toMillis());
    }
}
