package io.leadflow.assignment.domain;

import static io.leadflow.assignment.domain.DomainFixtures.ACTIVATED_AT;
import static io.leadflow.assignment.domain.DomainFixtures.ALICE;
import static io.leadflow.assignment.domain.DomainFixtures.BOB;
import static io.leadflow.assignment.domain.DomainFixtures.INBOUND_QUEUE;
import static io.leadflow.assignment.domain.DomainFixtures.SDR_QUEUE;
import static io.leadflow.assignment.domain.DomainFixtures.activation;
import static io.leadflow.assignment.domain.DomainFixtures.waiting;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.leadflow.assignment.domain.offer.Offer;
import io.leadflow.assignment.domain.offer.OfferKind;
import io.leadflow.assignment.domain.offer.OfferState;
import io.leadflow.assignment.domain.routing.Acknowledgement;
import io.leadflow.assignment.domain.routing.RoutingExplanation;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The transitions of an assignment under an acknowledgement SLA, and what each of them publishes. */
class OfferedAssignmentTest {

    private static final Owner CARA = new Owner("005-cara", OwnerKind.USER, "Cara Cole");
    private static final Duration WITHIN = Duration.ofMinutes(15);
    private static final Instant DEADLINE = ACTIVATED_AT.plus(WITHIN);
    private static final RoutingExplanation WHY = RoutingExplanation.of("routed to Alice Archer");

    private final Activation activation = activation("00v-1", INBOUND_QUEUE);
    private final Assignment offered = Assignment.offered(activation, ALICE, AssignmentMethod.ROUND_ROBIN,
            new Acknowledgement(WITHIN, null), WHY, ACTIVATED_AT);
    private final String offerToAlice = Assignment.offerId("00v-1", 0, ALICE);

    /** Alice's offer expired at the deadline; Bob and Cara are offered the lead in a blast (attempt 1). */
    private final Assignment blast = offered.reoffered(List.of(BOB, CARA), OfferKind.BLAST,
            AssignmentMethod.BLAST_REASSIGNMENT, "team", WITHIN, WHY.then("blasted"), DEADLINE);

    private static List<String> candidates(List<Offer> offers) {
        return offers.stream().map(offer -> offer.candidate().id() + " " + offer.state()).toList();
    }

    @Test
    void shouldOfferTheLeadToTheCandidateUntilTheDeadline() {
        assertThat(offered.state()).isEqualTo(AssignmentState.OFFERED);
        assertThat(offered.dueAt()).isEqualTo(DEADLINE);
        assertThat(offered.finalOwner()).isNull();
        assertThat(offered.reason()).isEqualTo("offered to Alice Archer (005-alice), who must acknowledge it within 15m");
        assertThat(offered.offers()).extracting(Offer::offerId, Offer::attempt, Offer::kind, Offer::deadline)
                .containsExactly(tuple(offerToAlice, 0, OfferKind.ROUTING, DEADLINE));
        assertThat(offered.published()).isFalse();
    }

    @Test
    void shouldAnnounceTheFirstOfferAndEndNothing() {
        assertThat(candidates(offered.offersMadeLast())).containsExactly("005-alice OPEN");
        assertThat(offered.offersEndedLast()).isEmpty();
    }

    @Test
    void shouldAnnounceTheNewOffersAndTheExpiredOnesOfTheAttemptBeforeWhenReoffered() {
        assertThat(blast.attempt()).isEqualTo(1);
        assertThat(blast.dueAt()).isEqualTo(DEADLINE.plus(WITHIN));
        assertThat(candidates(blast.offersMadeLast())).containsExactly("005-bob OPEN", "005-cara OPEN");
        assertThat(candidates(blast.offersEndedLast())).containsExactly("005-alice EXPIRED");
        assertThat(blast.offeredUserIds()).containsExactly("005-alice", "005-bob", "005-cara");
    }

    @Test
    void shouldAnnounceTheOffersTakenByTheWinnerOnceAcknowledged() {
        Instant now = DEADLINE.plus(Duration.ofMinutes(3));

        Assignment assigned = blast.acknowledged(Assignment.offerId("00v-1", 1, BOB), now, now).orElseThrow();

        assertThat(assigned.state()).isEqualTo(AssignmentState.ASSIGNED);
        assertThat(assigned.finalOwner()).isEqualTo(BOB);
        assertThat(assigned.method()).isEqualTo(AssignmentMethod.BLAST_REASSIGNMENT);
        assertThat(assigned.dueAt()).isNull();
        assertThat(assigned.reason()).isEqualTo("Bob Baker acknowledged the lead after 3m");
        assertThat(assigned.offersMadeLast()).isEmpty();
        assertThat(candidates(assigned.offersEndedLast())).containsExactly("005-cara TAKEN");
    }

    @Test
    void shouldAnnounceTheExpiredOffersWhenTheFinalTargetGetsTheLead() {
        Assignment toQueue = blast.toFinalTarget(SDR_QUEUE, false, WHY.then("final target"), DEADLINE.plus(WITHIN));

        assertThat(toQueue.state()).isEqualTo(AssignmentState.ASSIGNED);
        assertThat(toQueue.method()).isEqualTo(AssignmentMethod.FINAL_TARGET);
        assertThat(toQueue.offersMadeLast()).isEmpty();
        assertThat(candidates(toQueue.offersEndedLast())).containsExactly("005-bob EXPIRED", "005-cara EXPIRED");
    }

    @Test
    void shouldEndNoOfferWhenALeadTheFinalTargetPutInTheHopperIsClaimed() {
        Assignment inHopper = blast.toFinalTarget(null, true, WHY.then("final target"), DEADLINE.plus(WITHIN));
        assertThat(inHopper.state()).isEqualTo(AssignmentState.IN_HOPPER);
        assertThat(candidates(inHopper.offersEndedLast())).containsExactly("005-bob EXPIRED", "005-cara EXPIRED");

        Assignment claimed = inHopper.markedPublished().claimedBy(ALICE, DEADLINE.plus(WITHIN).plusSeconds(60))
                .orElseThrow();

        assertThat(claimed.offersMadeLast()).isEmpty();
        assertThat(claimed.offersEndedLast()).isEmpty();
    }

    @Test
    void shouldAnnounceTheWithdrawnOffersWhenSuperseded() {
        Assignment superseded = blast.superseded("reassigned by ops@example.com", DEADLINE.plusSeconds(60))
                .orElseThrow();

        assertThat(superseded.state()).isEqualTo(AssignmentState.SUPERSEDED);
        assertThat(superseded.dueAt()).isNull();
        assertThat(superseded.reason()).isEqualTo("reassigned by ops@example.com");
        assertThat(superseded.offersMadeLast()).isEmpty();
        assertThat(superseded.offersEndedLast()).extracting(offer -> offer.candidate().id(), Offer::state,
                Offer::detail).containsExactly(
                tuple("005-bob", OfferState.WITHDRAWN, "reassigned by ops@example.com"),
                tuple("005-cara", OfferState.WITHDRAWN, "reassigned by ops@example.com"));
    }

    @Test
    void shouldAnnounceNoOfferForAnAssignmentWithoutOffers() {
        assertThat(waiting(activation).offersMadeLast()).isEmpty();
        assertThat(waiting(activation).offersEndedLast()).isEmpty();
    }

    @Test
    void shouldCountAnAcknowledgementStampedBeforeTheOfferAtTheOffer() {
        Instant now = ACTIVATED_AT.plusSeconds(90);

        Assignment assigned = offered.acknowledged(offerToAlice, ACTIVATED_AT.minusSeconds(30), now).orElseThrow();

        assertThat(assigned.assignedAt()).isEqualTo(ACTIVATED_AT);
        assertThat(assigned.offer(offerToAlice).orElseThrow().timeToAcknowledge()).isEqualTo(Duration.ZERO);
    }

    @Test
    void shouldCountAnAcknowledgementStampedInTheFutureNow() {
        Instant now = ACTIVATED_AT.plusSeconds(90);

        Assignment assigned = offered.acknowledged(offerToAlice, now.plusSeconds(600), now).orElseThrow();

        assertThat(assigned.assignedAt()).isEqualTo(now);
        assertThat(assigned.updatedAt()).isEqualTo(now);
    }

    @Test
    void shouldCountAnAcknowledgementAtItsOwnTimeBetweenTheOfferAndNow() {
        Assignment assigned = offered.acknowledged(offerToAlice, ACTIVATED_AT.plusSeconds(42),
                ACTIVATED_AT.plusSeconds(90)).orElseThrow();

        assertThat(assigned.assignedAt()).isEqualTo(ACTIVATED_AT.plusSeconds(42));
        assertThat(assigned.timeToAssignMillis()).isEqualTo(42_000L);
    }

    @Test
    void shouldNotAcknowledgeAnOfferThatIsNoLongerOpen() {
        assertThat(blast.acknowledged(offerToAlice, DEADLINE, DEADLINE)).isEmpty();
        assertThat(offered.acknowledged("offer-unknown", DEADLINE, DEADLINE)).isEmpty();
    }

    @Test
    void shouldSupersedeAnOfferedAWaitingAndAnUnclaimedHopperAssignment() {
        Assignment inHopper = Assignment.inHopper(activation, WHY, ACTIVATED_AT);

        assertThat(offered.superseded("reassigned", DEADLINE)).isPresent();
        assertThat(waiting(activation).superseded("reassigned", DEADLINE))
                .hasValueSatisfying(superseded -> assertThat(superseded.state()).isEqualTo(AssignmentState.SUPERSEDED));
        assertThat(inHopper.superseded("reassigned", DEADLINE)).isPresent();
    }

    @Test
    void shouldNotSupersedeAnAssignmentThatHasAnOwnerOrWasNeverRouted() {
        Assignment assigned = Assignment.routed(activation, BOB, AssignmentMethod.ROUND_ROBIN, false, WHY, ACTIVATED_AT);
        Assignment acknowledged = offered.acknowledged(offerToAlice, ACTIVATED_AT, ACTIVATED_AT).orElseThrow();

        assertThat(assigned.superseded("reassigned", DEADLINE)).isEmpty();
        assertThat(acknowledged.superseded("reassigned", DEADLINE)).isEmpty();
        assertThat(Assignment.notRouted(activation, WHY, ACTIVATED_AT).superseded("reassigned", DEADLINE)).isEmpty();
        assertThat(Assignment.unassigned(activation, WHY, ACTIVATED_AT).superseded("reassigned", DEADLINE)).isEmpty();
        assertThat(offered.superseded("reassigned", DEADLINE).orElseThrow().superseded("again", DEADLINE)).isEmpty();
    }
}
