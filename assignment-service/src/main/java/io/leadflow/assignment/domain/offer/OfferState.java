package io.leadflow.assignment.domain.offer;

/** Where one offer of a lead stands. */
public enum OfferState {
    /** Waiting for the candidate to acknowledge it, until its deadline. */
    OPEN,
    /** The candidate acknowledged it in time: the lead is theirs. */
    ACKNOWLEDGED,
    /** Its deadline passed without an acknowledgement: the lead was ignored. */
    EXPIRED,
    /** Another candidate offered the same lead at the same time acknowledged it first. */
    TAKEN,
    /** The lead was reassigned (e.g. manually) while the offer was open. */
    WITHDRAWN;

    /** Whether the offer ended without being acknowledged: its candidate must not work the lead. */
    public boolean endedUnacknowledged() {
        return this == EXPIRED || this == TAKEN || this == WITHDRAWN;
    }
}
