package io.leadflow.notification.domain;

import java.time.Instant;

/** Object mother for offers to Alice of Dana Reyes and their ends, in the domain's own types. */
public final class Offers {

    public static final Recipient BOB = new Recipient("005-bob", RecipientKind.USER, "Bob Baker");
    public static final Instant OFFERED_AT = Instant.parse("2026-11-03T09:15:30.123Z");
    public static final Instant DEADLINE = Instant.parse("2026-11-03T09:30:30.123Z");
    public static final String LINK = "https://leadflow.example/offers/of-1/ack?sig=a1b2&who=005-alice";

    private Offers() {
    }

    public static LeadOffer offer(String acknowledgeUrl) {
        return new LeadOffer("lead.offered", "evt-1", "corr-1", "00Q-1", "00v-1", "701-spring-webinar", "asg-1",
                "of-1", Assignments.ALICE, OFFERED_AT, DEADLINE, 1, OfferKind.BLAST, acknowledgeUrl,
                "Blast to the AMER SDRs", Assignments.DANA, true);
    }

    public static OfferExpiry expiry(ExpiryReason reason, Recipient takenBy) {
        return new OfferExpiry("lead.expired", "evt-2", "corr-1", "00Q-1", "00v-1", "asg-1", "of-1",
                Assignments.ALICE, OFFERED_AT, DEADLINE, reason, "The offer was part of a blast to 3 reps", takenBy,
                true);
    }
}
