package io.leadflow.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExpiryMessagesTest {

    @Test
    void shouldTellTheOwnerAnOfferNotAcknowledgedByTheDeadlineHasExpired() {
        Message message = ExpiryMessages.compose(Offers.expiry(ExpiryReason.NOT_ACKNOWLEDGED, null));

        assertThat(message).isEqualTo(new Message("Offer expired: lead 00Q-1 is no longer available to you",
                "The offer of lead 00Q-1 made to you on Tue 3 Nov 2026, 09:15 UTC was not acknowledged by its "
                        + "deadline, 2026-11-03T09:30:30.123Z (Tue 3 Nov 2026, 09:30 UTC): this lead has expired and "
                        + "is no longer available to you. The offer was part of a blast to 3 reps."));
    }

    @Test
    void shouldTellTheOwnerWhichRepAcknowledgedFirst() {
        Message message = ExpiryMessages.compose(Offers.expiry(ExpiryReason.TAKEN_BY_ANOTHER, Offers.BOB));

        assertThat(message).isEqualTo(new Message("Lead taken by Bob Baker: lead 00Q-1 is no longer available to you",
                "Bob Baker acknowledged lead 00Q-1 first: it is no longer available to you. The offer was part of "
                        + "a blast to 3 reps."));
    }

    @Test
    void shouldSayAnotherRepWhenTheEventDoesNotSayWho() {
        Message message = ExpiryMessages.compose(Offers.expiry(ExpiryReason.TAKEN_BY_ANOTHER, null));

        assertThat(message.text()).startsWith("Another rep acknowledged lead 00Q-1 first: ");
    }

    @Test
    void shouldTellTheOwnerTheLeadWasReassignedWhileOffered() {
        Message message = ExpiryMessages.compose(Offers.expiry(ExpiryReason.WITHDRAWN, null));

        assertThat(message).isEqualTo(new Message("Offer withdrawn: lead 00Q-1 is no longer available to you",
                "The lead 00Q-1 was reassigned while it was offered to you: it is no longer available to you. The "
                        + "offer was part of a blast to 3 reps."));
    }

    @Test
    void shouldSayTheOfferEndedForAReasonThisReaderDoesNotKnow() {
        Message message = ExpiryMessages.compose(Offers.expiry(ExpiryReason.UNKNOWN, null));

        assertThat(message.subject()).isEqualTo("Offer ended: lead 00Q-1 is no longer available to you");
    }
}
