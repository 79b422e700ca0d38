package io.leadflow.assignment.domain.offer;

import io.leadflow.assignment.domain.Assignment;

/** What an acknowledgement achieved. */
public sealed interface AcknowledgementOutcome {

    /** The offer was open: the lead is the candidate's now. */
    record Acknowledged(Assignment assignment, Offer offer) implements AcknowledgementOutcome {
    }

    /** The candidate had acknowledged this offer before (a repeat of the same acknowledgement): nothing changes. */
    record AlreadyAcknowledged(Assignment assignment, Offer offer) implements AcknowledgementOutcome {
    }

    /**
     * The offer had ended (expired, taken by another candidate, or withdrawn): the lead is no longer available to
     * the candidate. The late acknowledgement is recorded on the offer and changes nothing else.
     */
    record Late(Assignment assignment, Offer offer) implements AcknowledgementOutcome {
    }

    /** Someone other than the offer's candidate acknowledged it: nothing changes. */
    record NotTheCandidate(Assignment assignment, Offer offer) implements AcknowledgementOutcome {
    }

    /** No offer is known by that id, or the lead has no offer to the acknowledging user. */
    record NoSuchOffer(String leadId, String offerId) implements AcknowledgementOutcome {
    }
}
