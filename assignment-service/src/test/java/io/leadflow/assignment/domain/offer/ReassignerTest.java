package io.leadflow.assignment.domain.offer;

import static io.leadflow.assignment.domain.offer.OfferFixtures.ANNA;
import static io.leadflow.assignment.domain.offer.OfferFixtures.BEN;
import static io.leadflow.assignment.domain.offer.OfferFixtures.CARA;
import static io.leadflow.assignment.domain.offer.OfferFixtures.DAN;
import static io.leadflow.assignment.domain.offer.OfferFixtures.MONDAY_MORNING;
import static io.leadflow.assignment.domain.offer.OfferFixtures.NURTURE;
import static io.leadflow.assignment.domain.offer.OfferFixtures.descending;
import static io.leadflow.assignment.domain.offer.OfferFixtures.everyone;
import static io.leadflow.assignment.domain.offer.OfferFixtures.offeredTo;
import static io.leadflow.assignment.domain.offer.OfferFixtures.owner;
import static io.leadflow.assignment.domain.offer.OfferFixtures.team;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.leadflow.assignment.domain.Assignment;
import io.leadflow.assignment.domain.AssignmentMethod;
import io.leadflow.assignment.domain.AssignmentState;
import io.leadflow.assignment.domain.Owner;
import io.leadflow.assignment.domain.OwnerKind;
import io.leadflow.assignment.domain.routing.Acknowledgement;
import io.leadflow.assignment.domain.routing.Candidate;
import io.leadflow.assignment.domain.routing.CandidateQuery;
import io.leadflow.assignment.domain.routing.CandidateVerdict;
import io.leadflow.assignment.domain.routing.ConfigurationVersion;
import io.leadflow.assignment.domain.routing.InMemoryLeadLoads;
import io.leadflow.assignment.domain.routing.LeadLoads;
import io.leadflow.assignment.domain.routing.Reassignment;
import io.leadflow.assignment.domain.routing.ReassignmentAlgorithm;
import io.leadflow.assignment.domain.routing.RoutingConfiguration;
import io.leadflow.assignment.domain.routing.RoutingExplanation;
import io.leadflow.assignment.domain.routing.RoutingUser;
import io.leadflow.assignment.domain.routing.Target;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReassignerTest {

    private static final Duration FIFTEEN_MINUTES = Duration.ofMinutes(15);
    private static final CandidateQuery BEST = everyone("best", descending("rating"));

    private final InMemoryLeadLoads loads = new InMemoryLeadLoads();
    private final Reassigner reassigner = new Reassigner(loads);

    private static Acknowledgement sla(ReassignmentAlgorithm algorithm, Integer blastSize, Integer maxAttempts,
            Duration within, Target finalTarget) {
        return new Acknowledgement(FIFTEEN_MINUTES,
                new Reassignment(algorithm, "best", blastSize, maxAttempts, within, finalTarget));
    }

    private static Acknowledgement single(Target finalTarget) {
        return sla(ReassignmentAlgorithm.SINGLE, null, null, null, finalTarget);
    }

    private static ConfigurationVersion version(Acknowledgement sla, List<CandidateQuery> queries,
            RoutingUser... users) {
        return new ConfigurationVersion(7, "ops@example.com", MONDAY_MORNING, null, team(sla, queries, users));
    }

    /** The offered assignment after its offers expired at their deadline. */
    private Assignment expire(Assignment offered, ConfigurationVersion configuration) {
        return reassigner.afterExpiry(List.of(offered), configuration, offered.dueAt()).get(0);
    }

    private static List<String> offeredNow(Assignment assignment) {
        return assignment.offersMadeLast().stream().map(offer -> offer.candidate().id()).toList();
    }

    @Test
    void shouldOfferTheLeadToTheFirstEligibleCandidateInSingle() {
        Acknowledgement sla = single(Target.queue(NURTURE.id()));
        Assignment offered = offeredTo(DAN, sla, MONDAY_MORNING);

        Assignment next = expire(offered, version(sla, List.of(BEST), ANNA, BEN, CARA, DAN));

        Instant expiredAt = MONDAY_MORNING.plus(FIFTEEN_MINUTES);
        assertThat(next.state()).isEqualTo(AssignmentState.OFFERED);
        assertThat(next.attempt()).isEqualTo(1);
        assertThat(next.dueAt()).isEqualTo(expiredAt.plus(FIFTEEN_MINUTES));
        assertThat(next.offersMadeLast()).extracting(offer -> offer.candidate().id(), Offer::kind, Offer::method,
                Offer::candidateQuery, Offer::offeredAt, Offer::deadline)
                .containsExactly(tuple("005-cara", OfferKind.SINGLE, AssignmentMethod.SINGLE_REASSIGNMENT, "best",
                        expiredAt, expiredAt.plus(FIFTEEN_MINUTES)));
        assertThat(next.offersEndedLast()).extracting(offer -> offer.candidate().id(), Offer::state, Offer::closedAt)
                .containsExactly(tuple("005-dan", OfferState.EXPIRED, expiredAt));
        assertThat(next.published()).isFalse();
    }

    @Test
    void shouldOfferTheLeadToTheBlastSizeBestCandidatesAtOnce() {
        Acknowledgement sla = sla(ReassignmentAlgorithm.BLAST, 2, null, null, Target.queue(NURTURE.id()));

        Assignment next = expire(offeredTo(DAN, sla, MONDAY_MORNING), version(sla, List.of(BEST), ANNA, BEN, CARA, DAN));

        assertThat(offeredNow(next)).containsExactly("005-cara", "005-anna");
        assertThat(next.offersMadeLast()).extracting(Offer::kind, Offer::method).containsOnly(
                tuple(OfferKind.BLAST, AssignmentMethod.BLAST_REASSIGNMENT));
    }

    @Test
    void shouldBlastFewerCandidatesWhenFewerAreEligible() {
        Acknowledgement sla = sla(ReassignmentAlgorithm.BLAST, null, null, null, Target.queue(NURTURE.id()));

        Assignment next = expire(offeredTo(DAN, sla, MONDAY_MORNING), version(sla, List.of(BEST), BEN, CARA, DAN));

        assertThat(offeredNow(next)).containsExactly("005-cara", "005-ben");
    }

    @Test
    void shouldGoDownTheListInRoundRobinAndGiveTheFinalTargetTheLeadAfterMaxAttempts() {
        Acknowledgement sla = sla(ReassignmentAlgorithm.ROUND_ROBIN, null, 2, null, Target.queue(NURTURE.id()));
        ConfigurationVersion configuration = version(sla, List.of(BEST), ANNA, BEN, CARA, DAN);

        Assignment first = expire(offeredTo(DAN, sla, MONDAY_MORNING), configuration);
        Assignment second = expire(first, configuration);
        Assignment last = expire(second, configuration);

        assertThat(offeredNow(first)).containsExactly("005-cara");
        assertThat(first.offersMadeLast()).extracting(Offer::kind, Offer::method).containsExactly(
                tuple(OfferKind.ROUND_ROBIN, AssignmentMethod.ROUND_ROBIN_REASSIGNMENT));
        assertThat(offeredNow(second)).containsExactly("005-anna");
        assertThat(second.attempt()).isEqualTo(2);
        assertThat(last.state()).isEqualTo(AssignmentState.ASSIGNED);
        assertThat(last.finalOwner()).isEqualTo(new Owner(NURTURE.id(), OwnerKind.QUEUE, "Nurture Queue"));
        assertThat(last.method()).isEqualTo(AssignmentMethod.FINAL_TARGET);
        assertThat(last.offersEndedLast()).extracting(offer -> offer.candidate().id(), Offer::state)
                .containsExactly(tuple("005-anna", OfferState.EXPIRED));
        assertThat(last.reason()).isEqualTo("The reassignment made its 2 attempts; the final target gets it: "
                + "queue 00G-nurture.");
    }

    @Test
    void shouldGiveTheFinalTargetTheLeadAtOnceWhenNobodyIsEligible() {
        Acknowledgement sla = single(Target.queue(NURTURE.id()));
        RoutingUser paused = new RoutingUser("005-pia", "Pia Park", null, null, true, List.of());

        Assignment next = expire(offeredTo(DAN, sla, MONDAY_MORNING), version(sla, List.of(BEST), DAN, paused));

        assertThat(next.state()).isEqualTo(AssignmentState.ASSIGNED);
        assertThat(next.finalOwner().id()).isEqualTo(NURTURE.id());
        assertThat(next.reason()).isEqualTo("Candidate query 'best' found nobody left to offer the lead to; the final "
                + "target gets it: queue 00G-nurture.");
        assertThat(next.explanation().candidates()).extracting(Candidate::userId, Candidate::verdict).containsExactly(
                tuple("005-dan", CandidateVerdict.ALREADY_OFFERED), tuple("005-pia", CandidateVerdict.PAUSED));
    }

    @Test
    void shouldLeaveOutCandidatesAtTheQuerysMaximumOfOpenLeadsAsTheLoadsTellIt() {
        Acknowledgement sla = single(Target.queue(NURTURE.id()));
        CandidateQuery capped = new CandidateQuery("best", List.of(), null, List.of(descending("rating")), 1);
        loads.ownersChanged(List.of(new LeadLoads.OwnedLead("00Q-9", CARA.id(), MONDAY_MORNING)));

        Assignment next = expire(offeredTo(DAN, sla, MONDAY_MORNING), version(sla, List.of(capped), ANNA, CARA, DAN));

        assertThat(offeredNow(next)).containsExactly("005-anna");
    }

    @Test
    void shouldGiveTheFinalTargetTheLeadWhenTheCandidateQueryWasDeletedSince() {
        Acknowledgement sla = single(Target.queue(NURTURE.id()));

        Assignment next = expire(offeredTo(DAN, sla, MONDAY_MORNING), version(sla, List.of(), ANNA, DAN));

        assertThat(next.state()).isEqualTo(AssignmentState.ASSIGNED);
        assertThat(next.reason()).isEqualTo("Candidate query 'best' no longer exists; the final target gets it: "
                + "queue 00G-nurture.");
    }

    @Test
    void shouldAssignAFinalTargetUserWithTheirNameFromTheDirectory() {
        Acknowledgement sla = single(Target.user(BEN.id()));

        Assignment next = expire(offeredTo(DAN, sla, MONDAY_MORNING), version(sla, List.of(), BEN, DAN));

        assertThat(next.state()).isEqualTo(AssignmentState.ASSIGNED);
        assertThat(next.finalOwner()).isEqualTo(owner(BEN));
        assertThat(next.hopper()).isFalse();
        assertThat(next.assignedAt()).isEqualTo(MONDAY_MORNING.plus(FIFTEEN_MINUTES));
    }

    @Test
    void shouldPutTheLeadInTheHopperUnassignedWhenTheFinalTargetIsTheHopperWithoutOwner() {
        Acknowledgement sla = single(Target.hopper(null));

        Assignment next = expire(offeredTo(DAN, sla, MONDAY_MORNING), version(sla, List.of(), DAN));

        assertThat(next.state()).isEqualTo(AssignmentState.IN_HOPPER);
        assertThat(next.hopper()).isTrue();
        assertThat(next.finalOwner()).isNull();
        assertThat(next.dueAt()).isNull();
        assertThat(next.reason()).isEqualTo("Candidate query 'best' no longer exists; the final target gets it: "
                + "the hopper, unassigned.");
    }

    @Test
    void shouldAssignTheHoppersOwnerWhenTheFinalTargetIsTheHopperWithAnOwner() {
        Acknowledgement sla = single(Target.hopper(BEN.id()));

        Assignment next = expire(offeredTo(DAN, sla, MONDAY_MORNING), version(sla, List.of(), BEN, DAN));

        assertThat(next.state()).isEqualTo(AssignmentState.ASSIGNED);
        assertThat(next.hopper()).isTrue();
        assertThat(next.finalOwner()).isEqualTo(owner(BEN));
        assertThat(next.method()).isEqualTo(AssignmentMethod.FINAL_TARGET);
    }

    @Test
    void shouldExplainWhoWasOfferedTheLeadAndWhoWasNot() {
        Acknowledgement sla = single(Target.queue(NURTURE.id()));

        Assignment next = expire(offeredTo(DAN, sla, MONDAY_MORNING), version(sla, List.of(BEST), ANNA, BEN, CARA, DAN));

        String offered = "Single reassignment (attempt 1 of 1) offered the lead to Cara Cole (005-cara), who must "
                + "acknowledge within 15m";
        assertThat(next.explanation()).isEqualTo(new RoutingExplanation(offered + ".", 7L, null, null,
                List.of("offered to Dan Diaz (005-dan)", "nobody acknowledged the lead in time (Dan Diaz (005-dan))",
                        offered),
                List.of(new Candidate("005-cara", "Cara Cole", CandidateVerdict.CHOSEN,
                                "offered the lead: 1st in candidate query 'best' by rating (highest first)"),
                        new Candidate("005-anna", "Anna Adams", CandidateVerdict.NOT_NEXT,
                                "not offered: 2nd in candidate query 'best' by rating (highest first)"),
                        new Candidate("005-ben", "Ben Brooks", CandidateVerdict.NOT_NEXT,
                                "not offered: 3rd in candidate query 'best' by rating (highest first)"),
                        new Candidate("005-dan", "Dan Diaz", CandidateVerdict.ALREADY_OFFERED,
                                "was offered this lead already"))));
    }

    @Test
    void shouldGiveReassignmentOffersTheReassignmentsOwnDeadline() {
        Acknowledgement sla = sla(ReassignmentAlgorithm.SINGLE, null, null, Duration.ofMinutes(5),
                Target.queue(NURTURE.id()));

        Assignment next = expire(offeredTo(DAN, sla, MONDAY_MORNING), version(sla, List.of(BEST), ANNA, DAN));

        Instant expiredAt = MONDAY_MORNING.plus(FIFTEEN_MINUTES);
        assertThat(next.dueAt()).isEqualTo(expiredAt.plus(Duration.ofMinutes(5)));
        assertThat(next.offersMadeLast()).extracting(Offer::deadline).containsExactly(expiredAt.plusSeconds(300));
        assertThat(next.reason()).endsWith("who must acknowledge within 5m.");
    }

    @Test
    void shouldDecideEachAssignmentOfABatchOnItsOwn() {
        Acknowledgement sla = single(Target.queue(NURTURE.id()));
        Assignment toDan = offeredTo(DAN, sla, MONDAY_MORNING);
        Assignment toCara = offeredTo(CARA, sla, MONDAY_MORNING);

        List<Assignment> next = reassigner.afterExpiry(List.of(toDan, toCara),
                version(sla, List.of(BEST), ANNA, CARA, DAN), MONDAY_MORNING.plus(FIFTEEN_MINUTES));

        assertThat(next).extracting(ReassignerTest::offeredNow)
                .containsExactly(List.of("005-cara"), List.of("005-anna"));
    }
}
