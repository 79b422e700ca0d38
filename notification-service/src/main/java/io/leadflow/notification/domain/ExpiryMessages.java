package io.leadflow.notification.domain;

/**
 * Writes what a candidate is told when their offer of a lead ended without the lead going to them: why, and that it
 * is no longer available to them. {@code lead.expired} carries no lead details, so the lead is named by its id.
 */
public final class ExpiryMessages {

    private static final String NO_LONGER_YOURS = "it is no longer available to you.";

    private ExpiryMessages() {
    }

    public static Message compose(OfferExpiry expiry) {
        String lead = "lead " + expiry.leadId();
        String subject = switch (expiry.reason()) {
            case NOT_ACKNOWLEDGED -> "Offer expired: " + lead + " is no longer available to you";
            case TAKEN_BY_ANOTHER -> "Lead taken by " + takenBy(expiry) + ": " + lead + " is no longer available to you";
            case WITHDRAWN -> "Offer withdrawn: " + lead + " is no longer available to you";
            case UNKNOWN -> "Offer ended: " + lead + " is no longer available to you";
        };
        String what = switch (expiry.reason()) {
            case NOT_ACKNOWLEDGED -> "The offer of " + lead + " made to you on " + Facts.readable(expiry.offeredAt())
                    + " was not acknowledged by its deadline, " + expiry.deadline() + " ("
                    + Facts.readable(expiry.deadline()) + "): this lead has expired and is no longer available to you.";
            case TAKEN_BY_ANOTHER -> takenBy(expiry) + " acknowledged " + lead + " first: " + NO_LONGER_YOURS;
            case WITHDRAWN -> "The " + lead + " was reassigned while it was offered to you: " + NO_LONGER_YOURS;
            case UNKNOWN -> "Your offer of " + lead + " has ended: " + NO_LONGER_YOURS;
        };
        String text = Facts.present(expiry.detail()) ? what + " " + Facts.sentence(expiry.detail()) : what;
        return new Message(subject, text);
    }

    /** Who acknowledged first, by name when known; the event may not say who. */
    private static String takenBy(OfferExpiry expiry) {
        Recipient taker = expiry.takenBy();
        if (taker == null) {
            return "Another rep";
        }
        return Facts.present(taker.name()) ? taker.name() : taker.id();
    }
}
