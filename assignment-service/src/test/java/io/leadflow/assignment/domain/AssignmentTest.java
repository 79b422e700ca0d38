package io.leadflow.assignment.domain;

import static io.leadflow.assignment.domain.DomainFixtures.ACTIVATED_AT;
import static io.leadflow.assignment.domain.DomainFixtures.ALICE;
import static io.leadflow.assignment.domain.DomainFixtures.BOB;
import static io.leadflow.assignment.domain.DomainFixtures.INBOUND_QUEUE;
import static io.leadflow.assignment.domain.DomainFixtures.ROUTING_QUEUE;
import static io.leadflow.assignment.domain.DomainFixtures.SDR_QUEUE;
import static io.leadflow.assignment.domain.DomainFixtures.WAIT;
import static io.leadflow.assignment.domain.DomainFixtures.activation;
import static io.leadflow.assignment.domain.DomainFixtures.change;
import static io.leadflow.assignment.domain.DomainFixtures.routeByDefault;
import static io.leadflow.assignment.domain.DomainFixtures.router;
import static io.leadflow.assignment.domain.DomainFixtures.waiting;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.assignment.domain.routing.RoutingExplanation;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AssignmentTest {

    private final Activation activation = activation("00v-1", INBOUND_QUEUE);
    private final Assignment waiting = waiting(activation);
    private final Instant now = ACTIVATED_AT.plusSeconds(50);

    @Test
    void shouldStartAWaitWithTheTemporaryOwnerAndTheCurrentOwnerAsPreviousOwner() {
        assertThat(waiting.state()).isEqualTo(AssignmentState.WAITING_FOR_ENGINE);
        assertThat(waiting.previousOwner()).isEqualTo(INBOUND_QUEUE);
        assertThat(waiting.temporaryOwner()).isEqualTo(ROUTING_QUEUE);
        assertThat(waiting.dueAt()).isEqualTo(ACTIVATED_AT.plus(WAIT));
        assertThat(waiting.published()).isFalse();
    }

    @Test
    void shouldCompleteTheWaitWhenTheLeadMovesAwayFromTheTemporaryOwnerAfterTheActivation() {
        OwnerChange toBob = change(activation, ROUTING_QUEUE, BOB, Duration.ofSeconds(42));

        Assignment assigned = waiting.completedBy(toBob, now).orElseThrow();

        assertThat(assigned.state()).isEqualTo(AssignmentState.ASSIGNED);
        assertThat(assigned.method()).isEqualTo(AssignmentMethod.EXTERNAL_ENGINE);
        assertThat(assigned.finalOwner()).isEqualTo(BOB);
        assertThat(assigned.assignedAt()).isEqualTo(ACTIVATED_AT.plusSeconds(42));
        assertThat(assigned.timeToAssignMillis()).isEqualTo(42_000L);
        assertThat(assigned.reason()).isEqualTo("matchmaker moved the lead from Lead Routing Queue to Bob Baker");
        assertThat(assigned.ownerBeforeAssignment()).isEqualTo(ROUTING_QUEUE);
        assertThat(assigned.assignedLead().owner()).isEqualTo(BOB);
        assertThat(assigned.updatedAt()).isEqualTo(now);
        assertThat(assigned.published()).isFalse();
    }

    @Test
    void shouldCompleteTheWaitWithAChangeAtTheVeryInstantOfTheActivation() {
        OwnerChange simultaneous = change(activation, INBOUND_QUEUE, BOB, Duration.ZERO);

        assertThat(waiting.completedBy(simultaneous, now)).isPresent();
    }

    @Test
    void shouldNameNeitherPreviousOwnerNorEngineWhenTheChangeDoesNot() {
        OwnerChange anonymous = new OwnerChange("e-1", activation.leadId(), ACTIVATED_AT.plusSeconds(1), null, BOB,
                null);

        assertThat(waiting.completedBy(anonymous, now).orElseThrow().reason())
                .isEqualTo("an external engine moved the lead to Bob Baker");
    }

    @Test
    void shouldKeepWaitingWhenTheLeadIsMovedToTheTemporaryOwner() {
        OwnerChange parked = change(activation, INBOUND_QUEUE, ROUTING_QUEUE, Duration.ofSeconds(1));

        assertThat(waiting.completedBy(parked, now)).isEmpty();
    }

    @Test
    void shouldKeepWaitingWhenTheLeadIsMovedBackToTheTemporaryOwner() {
        OwnerChange backToQueue = change(activation, BOB, ROUTING_QUEUE, Duration.ofSeconds(30));

        assertThat(waiting.completedBy(backToQueue, now)).isEmpty();
    }

    @Test
    void shouldKeepWaitingWhenTheChangeHappenedBeforeTheActivation() {
        OwnerChange stale = change(activation, ROUTING_QUEUE, BOB, Duration.ofMillis(-1));

        assertThat(waiting.completedBy(stale, now)).isEmpty();
    }

    @Test
    void shouldNotCompleteAnAssignmentThatIsNoLongerWaiting() {
        Assignment timedOut = waiting.timedOut(ACTIVATED_AT.plus(WAIT), SDR_QUEUE).orElseThrow();

        assertThat(timedOut.completedBy(change(activation, ROUTING_QUEUE, BOB, WAIT.plusSeconds(1)), now)).isEmpty();
    }

    @Test
    void shouldGiveTheLeadToTheFallbackOwnerOnceTheWaitIsDue() {
        Instant due = ACTIVATED_AT.plus(WAIT);

        Assignment fallback = waiting.timedOut(due, SDR_QUEUE).orElseThrow();

        assertThat(fallback.state()).isEqualTo(AssignmentState.ASSIGNED);
        assertThat(fallback.method()).isEqualTo(AssignmentMethod.TIMEOUT_FALLBACK);
        assertThat(fallback.finalOwner()).isEqualTo(SDR_QUEUE);
        assertThat(fallback.assignedAt()).isEqualTo(due);
        assertThat(fallback.timeToAssignMillis()).isEqualTo(WAIT.toMillis());
        assertThat(fallback.reason()).isEqualTo(
                "no owner change away from Lead Routing Queue within PT10M; fallback owner Sales Development Queue");
        assertThat(fallback.ownerBeforeAssignment()).isEqualTo(ROUTING_QUEUE);
    }

    @Test
    void shouldNotTimeOutBeforeTheWaitIsDue() {
        assertThat(waiting.timedOut(ACTIVATED_AT.plus(WAIT).minusMillis(1), SDR_QUEUE)).isEmpty();
    }

    @Test
    void shouldNotTimeOutAWaitTheEngineCompleted() {
        Assignment assigned = waiting.completedBy(change(activation, ROUTING_QUEUE, BOB, Duration.ofSeconds(5)), now)
                .orElseThrow();

        assertThat(assigned.timedOut(ACTIVATED_AT.plus(WAIT).plusSeconds(1), SDR_QUEUE)).isEmpty();
    }

    @Test
    void shouldAssignARetainedOwnerAtTheActivationItself() {
        Activation ofAlice = activation("00v-2", ALICE);

        Assignment retained = routeByDefault(router(true), ofAlice).start(ofAlice, now);

        assertThat(retained.state()).isEqualTo(AssignmentState.ASSIGNED);
        assertThat(retained.method()).isEqualTo(AssignmentMethod.OWNER_RETAINED);
        assertThat(retained.finalOwner()).isEqualTo(ALICE);
        assertThat(retained.ownerBeforeAssignment()).isEqualTo(ALICE);
        assertThat(retained.assignedAt()).isEqualTo(ACTIVATED_AT);
        assertThat(retained.timeToAssignMillis()).isZero();
        assertThat(retained.published()).isFalse();
    }

    @Test
    void shouldHaveNothingToPublishForAnActivationThatIsNotRouted() {
        Activation unowned = activation("00v-3", null);

        Assignment notRouted = routeByDefault(router(false), unowned).start(unowned, now);

        assertThat(notRouted.state()).isEqualTo(AssignmentState.NOT_ROUTED);
        assertThat(notRouted.published()).isTrue();
        assertThat(notRouted.timeToAssignMillis()).isNull();
    }

    @Test
    void shouldLetAnUnassignedHopperLeadBeClaimedOnceAndReportTheOwnerBeforeTheClaim() {
        Activation activation = activation("00v-4", INBOUND_QUEUE);
        Assignment placed = Assignment.inHopper(activation, RoutingExplanation.of("put in the hopper"), now);
        // Claimable once the CRM was asked to show the lead unassigned.
        assertThat(placed.isClaimable()).isFalse();
        Assignment inHopper = placed.markedPublished();

        Assignment claimed = inHopper.claimedBy(ALICE, now.plusSeconds(30)).orElseThrow();

        assertThat(claimed.state()).isEqualTo(AssignmentState.ASSIGNED);
        assertThat(claimed.method()).isEqualTo(AssignmentMethod.HOPPER_CLAIM);
        assertThat(claimed.finalOwner()).isEqualTo(ALICE);
        assertThat(claimed.ownerBeforeAssignment()).isEqualTo(INBOUND_QUEUE);
        assertThat(claimed.reason()).isEqualTo("Alice Archer claimed the lead from the hopper");
        assertThat(claimed.published()).isFalse();
        assertThat(claimed.claimedBy(BOB, now.plusSeconds(31))).isEmpty();
    }

    @Test
    void shouldLetAHopperLeadWithAnOwnerBeClaimedOnlyOnceItsRoutingIsPublished() {
        Activation activation = activation("00v-5", INBOUND_QUEUE);
        Assignment routed = Assignment.routed(activation, BOB, AssignmentMethod.HOPPER, true,
                RoutingExplanation.of("put in the hopper with Bob Baker as owner"), now);

        assertThat(routed.claimedBy(ALICE, now)).isEmpty();
        Assignment published = routed.markedPublished();
        Assignment claimed = published.claimedBy(ALICE, now.plusSeconds(5)).orElseThrow();
        assertThat(claimed.ownerBeforeAssignment()).isEqualTo(BOB);
        assertThat(claimed.reason()).isEqualTo("Alice Archer claimed the lead from the hopper, taking it from Bob Baker");
    }

    @Test
    void shouldKeepTheActivationsRoundThroughEveryTransition() {
        Activation untold = DomainFixtures.withoutNotification(
                DomainFixtures.reactivation(activation, "activated-again", Duration.ofDays(90)));
        Assignment parked = waiting(untold);
        Assignment hopperLead = Assignment.routed(untold, BOB, AssignmentMethod.HOPPER, true,
                RoutingExplanation.of("put in the hopper with Bob Baker as owner"), now);
        Assignment claimable = hopperLead.markedPublished();

        assertThat(List.of(parked,
                parked.completedBy(change(untold, ROUTING_QUEUE, BOB, Duration.ofDays(90).plusSeconds(5)), now)
                        .orElseThrow(),
                parked.timedOut(untold.occurredAt().plus(WAIT), SDR_QUEUE).orElseThrow(),
                Assignment.retained(untold, ALICE, RoutingExplanation.of("Alice keeps the lead"), now),
                claimable.claimedBy(ALICE, now).orElseThrow()))
                .allSatisfy(assignment -> {
                    assertThat(assignment.round()).isEqualTo(untold.round());
                    assertThat(assignment.assignmentId()).isEqualTo(untold.assignmentId());
                    assertThat(assignment.responseId()).isEqualTo("00v-1");
                    assertThat(assignment.triggerNotification()).isFalse();
                });
    }
}
