package io.leadflow.notification;

import io.leadflow.events.ExpiryReason;
import io.leadflow.events.LeadExpired;
import io.leadflow.events.LeadOffered;
import io.leadflow.events.OfferKind;
import io.leadflow.events.Owner;
import io.leadflow.events.RoutingExplanation;
import io.leadflow.testsupport.TestEvents;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Object mother for the offer events assignment-service writes: an offer and its end, 15 minutes to acknowledge. */
final class OfferEvents {

    static final Duration TIME_TO_ACKNOWLEDGE = Duration.ofMinutes(15);

    private OfferEvents() {
    }

    /** A blast offer of Dana Reyes (Acme Corp) to {@code candidate}, with an acknowledgement link of its own. */
    static LeadOffered.Builder leadOffered(String leadId, Owner candidate) {
        Instant offeredAt = TestEvents.now();
        String offerId = "offer-" + UUID.randomUUID();
        return LeadOffered.newBuilder()
                .setEventId(UUID.randomUUID().toString()).setOccurredAt(offeredAt)
                .setCorrelationId(UUID.randomUUID().toString()).setLeadId(leadId)
                .setResponseId("00v-" + leadId).setCampaignId("701-spring-webinar")
                .setAssignmentId("asg-" + leadId).setOfferId(offerId)
                .setCandidate(candidate).setOfferedAt(offeredAt).setDeadline(offeredAt.plus(TIME_TO_ACKNOWLEDGE))
                .setAttempt(1).setKind(OfferKind.BLAST)
                .setCandidateQuery("role = 'SDR' and region = 'AMER'").setDistributionRule("amer-sdrs")
                .setAcknowledgeUrl("https://leadflow.example/offers/" + offerId + "/ack?sig=a1b2c3&who=" + candidate.getId())
                .setReason("Blast to the AMER SDRs after Bob Baker did not acknowledge")
                .setExplanation(RoutingExplanation.newBuilder()
                        .setSummary("blast to the AMER SDRs")
                        .setSteps(List.of("Bob Baker did not acknowledge within 15 minutes", "blast to the AMER SDRs"))
                        .build())
                .setLead(TestEvents.lead().build());
    }

    /** The end of {@code offer} for {@code reason}, with a one-sentence detail. */
    static LeadExpired.Builder leadExpired(LeadOffered offer, ExpiryReason reason) {
        return LeadExpired.newBuilder()
                .setEventId(UUID.randomUUID().toString()).setOccurredAt(offer.getDeadline())
                .setCorrelationId(offer.getCorrelationId()).setLeadId(offer.getLeadId())
                .setOfferId(offer.getOfferId()).setOwner(offer.getCandidate())
                .setOfferedAt(offer.getOfferedAt()).setDeadline(offer.getDeadline())
                .setAssignmentId(offer.getAssignmentId()).setResponseId(offer.getResponseId())
                .setReason(reason).setDetail("The offer went out as part of a blast to 3 reps");
    }
}
