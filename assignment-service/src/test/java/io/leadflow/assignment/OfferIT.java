package io.leadflow.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.assignment.domain.Assignment;
import io.leadflow.assignment.domain.AssignmentState;
import io.leadflow.assignment.domain.offer.OfferState;
import io.leadflow.assignment.domain.routing.ReassignmentAlgorithm;
import io.leadflow.events.AssignmentMethod;
import io.leadflow.events.AssignmentPurpose;
import io.leadflow.events.CandidateVerdict;
import io.leadflow.events.ExpiryReason;
import io.leadflow.events.LeadAssigned;
import io.leadflow.events.LeadAssignmentRequested;
import io.leadflow.events.LeadExpired;
import io.leadflow.events.LeadOffered;
import io.leadflow.events.OfferKind;
import io.leadflow.events.ResponseActivated;
import io.leadflow.events.RoutingCandidate;
import io.leadflow.schemas.Topics;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Offers from routing to the final owner: acknowledged, expired and reassigned by Single, Blast, Round Robin. */
class OfferIT extends OfferIntegrationTest {

    @Test
    void shouldOfferTheLeadAndAssignItOnlyWhenTheCandidateAcknowledges() {
        configure(offering(ReassignmentAlgorithm.SINGLE, null, null));
        List<ResponseActivated> activations = activateLeads(2);
        String leadId = activations.get(0).getLeadId();
        String ignoredLeadId = activations.get(1).getLeadId();

        LeadOffered offered = offer(leadId, 1);
        assertThat(offered.getCandidate().getId()).isEqualTo(ann.id());
        assertThat(offered.getKind()).isEqualTo(OfferKind.ROUTING);
        assertThat(offered.getAttempt()).isZero();
        assertThat(offered.getDistributionRule()).isEqualTo(rule);
        assertThat(offered.getDeadline()).isEqualTo(offered.getOfferedAt().plus(SLA));
        assertThat(offered.getReason()).isEqualTo("offered to Ann (" + ann.id() + "), who must acknowledge it "
                + "within 15m");
        assertThat(offered.getAcknowledgeUrl()).contains("/offers/" + offered.getOfferId() + "/acknowledgement?token=");
        assertThat(probe.events(Topics.LEAD_ASSIGNED, leadId)).isEmpty();
        assertThat(probe.events(Topics.LEAD_ASSIGNMENT_REQUESTED, leadId)).isEmpty();

        clock.advance(SLA.minusMinutes(5));
        upstream.publish(Topics.LEAD_ACKNOWLEDGED, acknowledgement(leadId, ann, offered.getOfferId(), clock.instant()));

        LeadAssigned assigned = probe.awaitEvent(Topics.LEAD_ASSIGNED, leadId);
        assertThat(assigned.getOwner().getId()).isEqualTo(ann.id());
        assertThat(assigned.getMethod()).isEqualTo(AssignmentMethod.ROUND_ROBIN);
        assertThat(assigned.getOfferId()).isEqualTo(offered.getOfferId());
        assertThat(assigned.getAcknowledgedAt()).isEqualTo(assigned.getAssignedAt());
        assertThat(assigned.getTimeToAssignMillis()).isEqualTo(SLA.minusMinutes(5).toMillis());
        assertThat(assigned.getReason()).isEqualTo("Ann acknowledged the lead after 10m");
        LeadAssignmentRequested request = probe.awaitEvent(Topics.LEAD_ASSIGNMENT_REQUESTED, leadId);
        assertThat(request.getPurpose()).isEqualTo(AssignmentPurpose.FINAL_OWNER);
        assertThat(request.getOwner().getId()).isEqualTo(ann.id());
        clock.advance(Duration.ofMinutes(6));
        // The other lead, offered at the same moment and ignored, expires: the deadline passed and the timer ran.
        assertThat(offers.awaitEvent(Topics.LEAD_EXPIRED, ignoredLeadId).getOwner().getId()).isEqualTo(ann.id());
        assertThat(offers.events(Topics.LEAD_EXPIRED, leadId)).isEmpty();
        assertThat(offers.events(Topics.LEAD_OFFERED, leadId)).hasSize(1);
        assertThat(probe.events(Topics.LEAD_ASSIGNED, leadId)).hasSize(1);
    }

    @Test
    void shouldReassignAnIgnoredLeadToTheBestCandidateWithSingle() {
        configure(offering(ReassignmentAlgorithm.SINGLE, null, null));
        String leadId = activateLeads(1).get(0).getLeadId();
        LeadOffered first = offer(leadId, 1);

        letTheDeadlinePass();

        LeadExpired expired = offers.awaitEvent(Topics.LEAD_EXPIRED, leadId);
        assertThat(expired.getOfferId()).isEqualTo(first.getOfferId());
        assertThat(expired.getOwner().getId()).isEqualTo(ann.id());
        assertThat(expired.getReason()).isEqualTo(ExpiryReason.NOT_ACKNOWLEDGED);
        assertThat(expired.getDetail()).isEqualTo("Ann did not acknowledge the lead within 15m");
        LeadOffered second = offer(leadId, 2);
        assertThat(second.getCandidate().getId()).isEqualTo(ben.id());
        assertThat(second.getKind()).isEqualTo(OfferKind.SINGLE);
        assertThat(second.getAttempt()).isEqualTo(1);
        assertThat(second.getCandidateQuery()).isEqualTo(query);
        assertThat(second.getOfferId()).isNotEqualTo(first.getOfferId());
        assertThat(second.getExplanation().getCandidates())
                .extracting(RoutingCandidate::getName, RoutingCandidate::getVerdict)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Ben", CandidateVerdict.CHOSEN),
                        org.assertj.core.groups.Tuple.tuple("Cara", CandidateVerdict.NOT_NEXT),
                        org.assertj.core.groups.Tuple.tuple("Dan", CandidateVerdict.NOT_NEXT),
                        org.assertj.core.groups.Tuple.tuple("Ann", CandidateVerdict.ALREADY_OFFERED),
                        org.assertj.core.groups.Tuple.tuple("Eve", CandidateVerdict.FILTERED_OUT),
                        org.assertj.core.groups.Tuple.tuple("Finn", CandidateVerdict.FILTERED_OUT));
        assertThat(second.getExplanation().getCandidates().get(4).getDetail())
                .isEqualTo("does not match: tier Bronze is not in [Gold, Silver]");
        assertThat(second.getReason()).isEqualTo("Single reassignment (attempt 1 of 1) offered the lead to Ben ("
                + ben.id() + "), who must acknowledge within 15m.");

        upstream.publish(Topics.LEAD_ACKNOWLEDGED, acknowledgement(leadId, ben, null, clock.instant()));

        LeadAssigned assigned = probe.awaitEvent(Topics.LEAD_ASSIGNED, leadId);
        assertThat(assigned.getOwner().getId()).isEqualTo(ben.id());
        assertThat(assigned.getMethod()).isEqualTo(AssignmentMethod.SINGLE_REASSIGNMENT);
        assertThat(assigned.getOfferId()).isEqualTo(second.getOfferId());
    }

    @Test
    void shouldBlastTheLeadAndGiveItToTheFastestCandidateInvalidatingTheOthers() {
        configure(offering(ReassignmentAlgorithm.BLAST, 3, null));
        String leadId = activateLeads(1).get(0).getLeadId();
        offer(leadId, 1);
        letTheDeadlinePass();
        List<LeadOffered> blast = offers.awaitEvents(Topics.LEAD_OFFERED, leadId, 4).subList(1, 4);
        assertThat(blast).extracting(offer -> offer.getCandidate().getId())
                .containsExactly(ben.id(), cara.id(), dan.id());
        assertThat(blast).allSatisfy(offer -> assertThat(offer.getKind()).isEqualTo(OfferKind.BLAST));
        assertThat(blast).extracting(LeadOffered::getDeadline).containsOnly(blast.get(0).getDeadline());

        upstream.publish(Topics.LEAD_ACKNOWLEDGED, acknowledgement(leadId, dan, blast.get(2).getOfferId(),
                clock.instant()));

        LeadAssigned assigned = probe.awaitEvent(Topics.LEAD_ASSIGNED, leadId);
        assertThat(assigned.getOwner().getId()).isEqualTo(dan.id());
        assertThat(assigned.getMethod()).isEqualTo(AssignmentMethod.BLAST_REASSIGNMENT);
        List<LeadExpired> ended = offers.awaitEvents(Topics.LEAD_EXPIRED, leadId, 3);
        assertThat(ended.subList(1, 3)).extracting(event -> event.getOwner().getId(), LeadExpired::getReason)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(ben.id(), ExpiryReason.TAKEN_BY_ANOTHER),
                        org.assertj.core.groups.Tuple.tuple(cara.id(), ExpiryReason.TAKEN_BY_ANOTHER));
        assertThat(ended.get(1).getTakenBy().getId()).isEqualTo(dan.id());
        assertThat(ended.get(1).getDetail()).isEqualTo("Dan acknowledged the lead first");

        HttpResponse<String> late = clickAcknowledge(blast.get(0), "POST", "text/html");
        assertThat(late.statusCode()).isEqualTo(410);
        assertThat(late.body()).contains("This lead has expired and is no longer available to you.")
                .contains("Dan acknowledged the lead first");
        Assignment stored = assignments.find(assigned.getResponseId()).orElseThrow();
        assertThat(stored.offer(blast.get(0).getOfferId()).orElseThrow().lateAcknowledgedAt()).isNotNull();
        assertThat(probe.events(Topics.LEAD_ASSIGNED, leadId)).hasSize(1);
    }

    @Test
    void shouldGiveExactlyOneOfTwoSimultaneousAcknowledgementsOfABlastTheLead() throws Exception {
        configure(offering(ReassignmentAlgorithm.BLAST, 2, null));
        String leadId = activateLeads(1).get(0).getLeadId();
        offer(leadId, 1);
        letTheDeadlinePass();
        List<LeadOffered> blast = offers.awaitEvents(Topics.LEAD_OFFERED, leadId, 3).subList(1, 3);

        java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
        List<java.util.concurrent.CompletableFuture<HttpResponse<String>>> clicks = blast.stream()
                .map(offer -> java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                    try {
                        together.await();
                    } catch (Exception interrupted) {
                        throw new IllegalStateException(interrupted);
                    }
                    return clickAcknowledge(offer, "POST", "application/json");
                })).toList();
        List<Integer> statuses = clicks.stream().map(click -> click.join().statusCode()).toList();

        assertThat(statuses).containsExactlyInAnyOrder(200, 410);
        LeadAssigned assigned = probe.awaitEvent(Topics.LEAD_ASSIGNED, leadId);
        String winner = assigned.getOwner().getId();
        assertThat(winner).isIn(ben.id(), cara.id());
        LeadExpired loser = offers.awaitEvents(Topics.LEAD_EXPIRED, leadId, 2).get(1);
        assertThat(loser.getOwner().getId()).isNotEqualTo(winner).isIn(ben.id(), cara.id());
        assertThat(loser.getReason()).isEqualTo(ExpiryReason.TAKEN_BY_ANOTHER);
        probe.assertStaysAt(Topics.LEAD_ASSIGNED, leadId, 1, QUIET);
    }

    @Test
    void shouldGoDownTheListWithRoundRobinAndGiveTheLeadToTheDefaultAssigneeAfterTheLastAttempt() {
        configure(offering(ReassignmentAlgorithm.ROUND_ROBIN, null, 2));
        ResponseActivated activation = activateLeads(1).get(0);
        String leadId = activation.getLeadId();
        offer(leadId, 1);

        letTheDeadlinePass();
        assertThat(offer(leadId, 2).getCandidate().getId()).isEqualTo(ben.id());
        letTheDeadlinePass();
        assertThat(offer(leadId, 3).getCandidate().getId()).isEqualTo(cara.id());
        letTheDeadlinePass();

        LeadAssigned assigned = probe.awaitEvent(Topics.LEAD_ASSIGNED, leadId);
        assertThat(assigned.getOwner().getId()).isEqualTo(finn.id());
        assertThat(assigned.getMethod()).isEqualTo(AssignmentMethod.FINAL_TARGET);
        assertThat(assigned.getOfferId()).isNull();
        assertThat(assigned.getReason()).isEqualTo("The reassignment made its 2 attempts; the final target gets it: "
                + "user " + finn.id() + ".");
        assertThat(assigned.getExplanation().getSteps()).contains("nobody acknowledged the lead in time (Cara ("
                + cara.id() + "))");
        assertThat(offers.awaitEvents(Topics.LEAD_EXPIRED, leadId, 3))
                .extracting(event -> event.getOwner().getId(), LeadExpired::getReason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ann.id(), ExpiryReason.NOT_ACKNOWLEDGED),
                        org.assertj.core.groups.Tuple.tuple(ben.id(), ExpiryReason.NOT_ACKNOWLEDGED),
                        org.assertj.core.groups.Tuple.tuple(cara.id(), ExpiryReason.NOT_ACKNOWLEDGED));
        assertThat(offers.events(Topics.LEAD_OFFERED, leadId)).extracting(LeadOffered::getKind)
                .containsExactly(OfferKind.ROUTING, OfferKind.ROUND_ROBIN, OfferKind.ROUND_ROBIN);
        Assignment stored = assignments.find(activation.getResponseId()).orElseThrow();
        assertThat(stored.state()).isEqualTo(AssignmentState.ASSIGNED);
        assertThat(stored.offers()).extracting(offer -> offer.state()).containsOnly(OfferState.EXPIRED);
        assertThat(probe.awaitEvent(Topics.LEAD_ASSIGNMENT_REQUESTED, leadId).getOwner().getId()).isEqualTo(finn.id());
    }
}
