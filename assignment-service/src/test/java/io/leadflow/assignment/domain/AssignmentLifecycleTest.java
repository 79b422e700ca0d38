package io.leadflow.assignment.domain;

import io.leadflow.assignment.domain.group.PrimaryAgentLocks;

import static io.leadflow.assignment.domain.DomainFixtures.ACTIVATED_AT;
import static io.leadflow.assignment.domain.DomainFixtures.BOB;
import static io.leadflow.assignment.domain.DomainFixtures.INBOUND_QUEUE;
import static io.leadflow.assignment.domain.DomainFixtures.ROUTING_QUEUE;
import static io.leadflow.assignment.domain.DomainFixtures.SDR_QUEUE;
import static io.leadflow.assignment.domain.DomainFixtures.WAIT;
import static io.leadflow.assignment.domain.DomainFixtures.activation;
import static io.leadflow.assignment.domain.DomainFixtures.change;
import static io.leadflow.assignment.domain.DomainFixtures.policy;
import static io.leadflow.assignment.domain.DomainFixtures.policyWithoutTimeout;
import static io.leadflow.assignment.domain.DomainFixtures.reactivation;
import static io.leadflow.assignment.domain.DomainFixtures.router;
import static io.leadflow.assignment.domain.DomainFixtures.waiting;
import static io.leadflow.assignment.domain.DomainFixtures.withoutNotification;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.leadflow.assignment.domain.engine.EngineWait;
import io.leadflow.assignment.domain.load.LoadProjection;
import io.leadflow.assignment.domain.outbox.OutboxSweeper;
import io.leadflow.assignment.domain.outbox.OutcomePublisher;
import io.leadflow.assignment.domain.routing.ActivationRouting;
import io.leadflow.assignment.domain.routing.Distributor;
import io.leadflow.assignment.domain.routing.InMemoryDistributionStates;
import io.leadflow.assignment.domain.routing.InMemoryLeadLoads;
import io.leadflow.assignment.domain.routing.InMemoryRoutingConfigurations;
import io.leadflow.testsupport.MutableClock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The assignment lifecycle's crash recovery and races across its features, on in-memory adapters. */
class AssignmentLifecycleTest {

    private final MutableClock clock = new MutableClock(ACTIVATED_AT);
    private final InMemoryAssignments assignments = new InMemoryAssignments();
    private final InMemoryLeadOwners leadOwners = new InMemoryLeadOwners();
    private final RecordingEvents events = new RecordingEvents();
    private final InMemoryRoutingConfigurations configurations = new InMemoryRoutingConfigurations();
    private final LeadRouter router = router(true);
    private final EngineWait engineWait = new EngineWait(policy(true), assignments, leadOwners,
            new OutcomePublisher(assignments, new LoadProjection(policy(true), new InMemoryLeadLoads()), events),
            clock);
    private final PrimaryAgentLocks locks = new PrimaryAgentLocks(new InMemoryLeadLocks(), assignments, clock);
    private final ActivationRouting routing = new ActivationRouting(router, configurations, assignments,
            engineWait, locks, clock);
    private final OutboxSweeper sweeper = new OutboxSweeper(router, configurations, assignments, engineWait, clock);

    private final Activation activation = activation("00v-1", INBOUND_QUEUE);

    @Test
    void shouldPublishTheParkingRequestWhenAnActivationIsRedeliveredAfterAFailedPublish() {
        events.failNext("TEMPORARY_OWNER");
        assertThatThrownBy(() -> routing.activate(activation)).hasMessage("broker away");
        assertThat(assignments.find("00v-1")).hasValueSatisfying(stored -> assertThat(stored.published()).isFalse());

        routing.activate(activation);
        routing.activate(activation);

        assertThat(events.published).containsExactly("TEMPORARY_OWNER 00v-1");
        assertThat(assignments.find("00v-1")).hasValueSatisfying(stored -> assertThat(stored.published()).isTrue());
    }

    @Test
    void shouldPublishTheEngineOutcomeOnceTheSweeperFindsItAfterAFailedPublish() {
        routing.activate(activation);
        OwnerChange toBob = change(activation, ROUTING_QUEUE, BOB, Duration.ofSeconds(30));
        events.failNext("ASSIGNED");
        assertThatThrownBy(() -> engineWait.ownersChanged(List.of(toBob))).hasMessage("broker away");

        engineWait.ownersChanged(List.of(toBob));
        clock.advance(OutboxSweeper.PUBLICATION_GRACE);
        sweeper.republishStalled();
        sweeper.republishStalled();

        assertThat(events.published).containsExactly("TEMPORARY_OWNER 00v-1", "ASSIGNED 00v-1 EXTERNAL_ENGINE 005-bob");
    }

    @Test
    void shouldLeaveAStalledPublicationToTheSweeperUntilTheGraceHasPassed() {
        routing.activate(activation);
        clock.advance(WAIT);
        events.failNext("ASSIGNED");
        assertThatThrownBy(engineWait::fireDueWaits).hasMessage("broker away");

        sweeper.republishStalled();
        assertThat(events.published).containsExactly("TEMPORARY_OWNER 00v-1", "FINAL_OWNER 00v-1 00G-sdr");

        clock.advance(OutboxSweeper.PUBLICATION_GRACE);
        sweeper.republishStalled();
        sweeper.republishStalled();

        assertThat(events.published).containsExactly("TEMPORARY_OWNER 00v-1", "FINAL_OWNER 00v-1 00G-sdr",
                "FINAL_OWNER 00v-1 00G-sdr", "ASSIGNED 00v-1 TIMEOUT_FALLBACK 00G-sdr");
    }

    @Test
    void shouldNeverFallBackWithoutTimeoutAndLetTheEngineCompleteTheWaitHoursLater() {
        RoutingPolicy untimed = policyWithoutTimeout();
        EngineWait untimedWait = new EngineWait(untimed, assignments, leadOwners,
                new OutcomePublisher(assignments, new LoadProjection(untimed, new InMemoryLeadLoads()), events), clock);
        new ActivationRouting(new LeadRouter(untimed, new Distributor(new InMemoryDistributionStates(),
                new InMemoryLeadLoads())), configurations, assignments, untimedWait, locks, clock).activate(activation);
        assignments.insert(waiting(activation("00v-0", INBOUND_QUEUE)));

        clock.advance(Duration.ofDays(2));
        untimedWait.fireDueWaits();

        assertThat(events.published).containsExactly("TEMPORARY_OWNER 00v-1", "FINAL_OWNER 00v-0 00G-sdr",
                "ASSIGNED 00v-0 TIMEOUT_FALLBACK 00G-sdr");
        assertThat(assignments.find("00v-1").orElseThrow().dueAt()).isNull();
        assertThat(untimedWait.openWaits(Duration.ofDays(1), 10))
                .extracting(wait -> wait.assignment().assignmentId(), EngineWait.OpenWait::age)
                .containsExactly(tuple("00v-1", Duration.ofDays(2)));
        assertThat(untimedWait.openWaits(Duration.ofDays(3), 10)).isEmpty();

        untimedWait.ownersChanged(List.of(change(activation, ROUTING_QUEUE, BOB, Duration.ofDays(2))));

        assertThat(events.published).containsExactly("TEMPORARY_OWNER 00v-1", "FINAL_OWNER 00v-0 00G-sdr",
                "ASSIGNED 00v-0 TIMEOUT_FALLBACK 00G-sdr", "ASSIGNED 00v-1 EXTERNAL_ENGINE 005-bob");
        assertThat(untimedWait.openWaits(Duration.ZERO, 10)).isEmpty();
    }

    @Test
    void shouldCompleteAtOnceWithoutParkingWhenTheEngineMovedTheLeadBeforeTheActivationArrived() {
        engineWait.ownersChanged(List.of(change(activation, ROUTING_QUEUE, BOB, Duration.ofSeconds(3))));

        routing.activate(activation);

        assertThat(events.published).containsExactly("ASSIGNED 00v-1 EXTERNAL_ENGINE 005-bob");
        assertThat(assignments.find("00v-1").orElseThrow().timeToAssignMillis()).isEqualTo(3_000L);
    }

    @Test
    void shouldIgnoreAnOwnerChangeAfterTheTimeoutFired() {
        routing.activate(activation);
        clock.advance(WAIT);
        engineWait.fireDueWaits();

        engineWait.ownersChanged(List.of(change(activation, ROUTING_QUEUE, BOB, WAIT.plusSeconds(1))));
        engineWait.fireDueWaits();

        assertThat(events.published).containsExactly("TEMPORARY_OWNER 00v-1", "FINAL_OWNER 00v-1 00G-sdr",
                "ASSIGNED 00v-1 TIMEOUT_FALLBACK 00G-sdr");
        assertThat(assignments.find("00v-1").orElseThrow().finalOwner()).isEqualTo(SDR_QUEUE);
    }

    @Test
    void shouldNotFireTheTimeoutOfAWaitTheEngineCompleted() {
        routing.activate(activation);
        engineWait.ownersChanged(List.of(change(activation, ROUTING_QUEUE, BOB, WAIT.minusSeconds(1))));

        clock.advance(WAIT);
        engineWait.fireDueWaits();

        assertThat(events.published).containsExactly("TEMPORARY_OWNER 00v-1", "ASSIGNED 00v-1 EXTERNAL_ENGINE 005-bob");
    }

    @Test
    void shouldRouteAReactivationOfAnAssignedResponseAsANewRoundAndDropRedeliveriesOfEither() {
        routing.activate(activation);
        engineWait.ownersChanged(List.of(change(activation, ROUTING_QUEUE, BOB, Duration.ofSeconds(30))));
        Activation reactivated = reactivation(activation, "activated-again", Duration.ofDays(90));
        clock.advance(Duration.ofDays(90));

        routing.activateAll(List.of(reactivated, activation));
        routing.activate(reactivated);

        assertThat(events.published).containsExactly("TEMPORARY_OWNER 00v-1", "ASSIGNED 00v-1 EXTERNAL_ENGINE 005-bob",
                "TEMPORARY_OWNER 00v-1 reactivated by activated-again");
        assertThat(assignments.ofLead(activation.leadId())).extracting(Assignment::assignmentId, Assignment::state)
                .containsExactly(tuple("00v-1", AssignmentState.ASSIGNED),
                        tuple(reactivated.assignmentId(), AssignmentState.WAITING_FOR_ENGINE));
        assertThat(reactivated.assignmentId()).isNotEqualTo("00v-1")
                .isEqualTo(reactivation(activation, "activated-again", Duration.ZERO).assignmentId());
    }

    @Test
    void shouldTellNobodyOfEveryOutcomeOfAnActivationThatAskedSoEvenThroughTheSweeper() {
        Activation untold = withoutNotification(activation);
        Activation told = activation("00v-2", INBOUND_QUEUE);
        routing.activateAll(List.of(untold, told));
        clock.advance(WAIT);
        events.failNext("ASSIGNED");
        assertThatThrownBy(engineWait::fireDueWaits).hasMessage("broker away");

        clock.advance(OutboxSweeper.PUBLICATION_GRACE);
        sweeper.republishStalled();
        engineWait.fireDueWaits();

        assertThat(events.published).filteredOn(line -> line.startsWith("ASSIGNED")).containsExactlyInAnyOrder(
                "ASSIGNED 00v-1 TIMEOUT_FALLBACK 00G-sdr, nobody told", "ASSIGNED 00v-2 TIMEOUT_FALLBACK 00G-sdr");
        assertThat(assignments.find("00v-1").orElseThrow().triggerNotification()).isFalse();
    }
}
