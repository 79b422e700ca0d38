package io.leadflow.dashboard;

import io.leadflow.events.AssignmentMethod;
import io.leadflow.events.CandidateVerdict;
import io.leadflow.events.ExpiryReason;
import io.leadflow.events.LeadAssigned;
import io.leadflow.events.LeadExpired;
import io.leadflow.events.LeadOffered;
import io.leadflow.events.OfferKind;
import io.leadflow.events.Owner;
import io.leadflow.events.RoutingCandidate;
import io.leadflow.events.RoutingExplanation;
import io.leadflow.testsupport.TestEvents;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Object mother: the events the dashboard counts, as assignment-service writes them. */
final class DashboardEvents {

    private DashboardEvents() {
    }

    /** A round-robin pick by {@code rule} among {@code members} (in the rule's order), the chosen one first found. */
    static LeadAssigned roundRobin(String leadId, String rule, Owner chosen, List<Owner> members) {
        String reason = "Round robin in " + rule + ": " + chosen.getName() + "'s turn";
        return TestEvents.leadAssigned(leadId, "00v-" + UUID.randomUUID(), chosen)
                .setMethod(AssignmentMethod.ROUND_ROBIN).setPreviousOwner(TestEvents.INBOUND_QUEUE)
                .setReason(reason)
                .setExplanation(explanation(reason, rule, chosen, members))
                .build();
    }

    static RoutingExplanation explanation(String summary, String rule, Owner chosen, List<Owner> members) {
        return RoutingExplanation.newBuilder().setSummary(summary).setConfigurationVersion(3L)
                .setAssignmentRule("EMEA").setDistributionRule(rule)
                .setSteps(List.of("assignment rule 'EMEA': matched (country is DE)",
                        "distribution rule '" + rule + "': picked " + chosen.getName()))
                .setCandidates(members.stream().map(member -> RoutingCandidate.newBuilder()
                        .setUserId(member.getId()).setName(member.getName())
                        .setVerdict(member.equals(chosen) ? CandidateVerdict.CHOSEN : CandidateVerdict.NOT_NEXT)
                        .setDetail(member.equals(chosen) ? "fewest leads this round" : "had their turn")
                        .build()).toList())
                .build();
    }

    static LeadOffered offered(String leadId, String offerId, Owner candidate, String rule) {
        Instant now = TestEvents.now();
        return LeadOffered.newBuilder()
                .setEventId(UUID.randomUUID().toString()).setOccurredAt(now)
                .setCorrelationId(UUID.randomUUID().toString()).setLeadId(leadId)
                .setResponseId("00v-" + UUID.randomUUID()).setAssignmentId("00v-" + UUID.randomUUID())
                .setOfferId(offerId).setCandidate(candidate).setOfferedAt(now)
                .setDeadline(now.plus(Duration.ofMinutes(10))).setAttempt(0).setKind(OfferKind.ROUTING)
                .setDistributionRule(rule).setReason("Offered by " + rule)
                .setExplanation(explanation("Offered by " + rule, rule, candidate, List.of(candidate)))
                .setLead(TestEvents.lead().build())
                .build();
    }

    static LeadExpired expired(LeadOffered offer, ExpiryReason reason) {
        return LeadExpired.newBuilder()
                .setEventId(UUID.randomUUID().toString()).setOccurredAt(TestEvents.now())
                .setCorrelationId(offer.getCorrelationId()).setLeadId(offer.getLeadId())
                .setOfferId(offer.getOfferId()).setOwner(offer.getCandidate())
                .setOfferedAt(offer.getOfferedAt()).setDeadline(offer.getDeadline())
                .setReason(reason).setDetail("not acknowledged within 10 minutes")
                .build();
    }

    /** The assignment an acknowledged offer ends in. */
    static LeadAssigned acknowledged(LeadOffered offer, String rule, List<Owner> members) {
        LeadAssigned assigned = roundRobin(offer.getLeadId(), rule, offer.getCandidate(), members);
        assigned.setOfferId(offer.getOfferId());
        assigned.setAcknowledgedAt(TestEvents.now());
        return assigned;
    }
}
