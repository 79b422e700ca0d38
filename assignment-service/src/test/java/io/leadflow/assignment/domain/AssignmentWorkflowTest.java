package io.leadflow.assignment.domain;

import static io.leadflow.assignment.domain.DomainFixtures.ACTIVATED_AT;
import static io.leadflow.assignment.domain.DomainFixtures.BOB;
import static io.leadflow.assignment.domain.DomainFixtures.INBOUND_QUEUE;
import static io.leadflow.assignment.domain.DomainFixtures.ROUTING_QUEUE;
import static io.leadflow.assignment.domain.DomainFixtures.SDR_QUEUE;
import static io.leadflow.assignment.domain.DomainFixtures.WAIT;
import static io.leadflow.assignment.domain.DomainFixtures.activation;
import static io.leadflow.assignment.domain.DomainFixtures.change;
import static io.leadflow.assignment.domain.DomainFixtures.policy;
import static io.leadflow.assignment.domain.DomainFixtures.reactivation;
import static io.leadflow.assignment.domain.DomainFixtures.router;
import static io.leadflow.assignment.domain.DomainFixtures.withoutNotification;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.leadflow.assignment.domain.routing.InMemoryLeadLoads;
import io.leadflow.assignment.domain.routing.InMemoryRoutingConfigurations;
import io.leadflow.testsupport.MutableClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The workflow's crash recovery and races, on in-memory adapters. */
class AssignmentWorkflowTest {

    private final MutableClock clock = new MutableClock(ACTIVATED_AT);
    private final InMemoryAssignments assignments = new InMemoryAssignments();
    private final InMemoryLeadOwners leadOwners = new InMemoryLeadOwners();
    private final RecordingEvents events = new RecordingEvents();
    private final AssignmentWorkflow workflow = new AssignmentWorkflow(router(true), policy(true),
            new InMemoryRoutingConfigurations(), assignments, leadOwners, new InMemoryLeadLoads(), events, clock);

    private final Activation activation = activation("00v-1", INBOUND_QUEUE);

    @Test
    void shouldPublishTheParkingRequestWhenAnActivationIsRedeliveredAfterAFailedPublish() {
        events.failNext("TEMPORARY_OWNER");
        assertThatThrownBy(() -> workflow.activate(activation)).hasMessage("broker away");
        assertThat(assignments.find("00v-1")).hasValueSatisfying(stored -> assertThat(stored.published()).isFalse());

        workflow.activate(activation);
        workflow.activate(activation);

        assertThat(events.published).containsExactly("TEMPORARY_OWNER 00v-1");
        assertThat(assignments.find("00v-1")).hasValueSatisfying(stored -> assertThat(stored.published()).isTrue());
    }

    @Test
    void shouldPublishTheEngineOutcomeOnceTheSweeperFindsItAfterAFailedPublish() {
        workflow.activate(activation);
        OwnerChange toBob = change(activation, ROUTING_QUEUE, BOB, Duration.ofSeconds(30));
        events.failNext("ASSIGNED");
        assertThatThrownBy(() -> workflow.ownersChanged(List.of(toBob))).hasMessage("broker away");

        workflow.ownersChanged(List.of(toBob));
        clock.advance(AssignmentWorkflow.PUBLICATION_GRACE);
        workflow.republishStalled();
        workflow.republishStalled();

        assertThat(events.published).containsExactly("TEMPORARY_OWNER 00v-1", "ASSIGNED 00v-1 EXTERNAL_ENGINE 005-bob");
    }

    @Test
    void shouldLeaveAStalledPublicationToTheSweeperUntilTheGraceHasPassed() {
        workflow.activate(activation);
        clock.advance(WAIT);
        events.failNext("ASSIGNED");
        assertThatThrownBy(workflow::fireDueWaits).hasMessage("broker away");

        workflow.republishStalled();
        assertThat(events.published).containsExactly("TEMPORARY_OWNER 00v-1", "FINAL_OWNER 00v-1 00G-sdr");

        clock.advance(AssignmentWorkflow.PUBLICATION_GRACE);
        workflow.republishStalled();
        workflow.republishStalled();

        assertThat(events.published).containsExactly("TEMPORARY_OWNER 00v-1", "FINAL_OWNER 00v-1 00G-sdr",
                "FINAL_OWNER 00v-1 00G-sdr", "ASSIGNED 00v-1 TIMEOUT_FALLBACK 00G-sdr");
    }

    @Test
    void shouldCompleteAtOnceWithoutParkingWhenTheEngineMovedTheLeadBeforeTheActivationArrived() {
        workflow.ownersChanged(List.of(change(activation, ROUTING_QUEUE, BOB, Duration.ofSeconds(3))));

        workflow.activate(activation);

        assertThat(events.published).containsExactly("ASSIGNED 00v-1 EXTERNAL_ENGINE 005-bob");
        assertThat(assignments.find("00v-1").orElseThrow().timeToAssignMillis()).isEqualTo(3_000L);
    }

    @Test
    void shouldIgnoreAnOwnerChangeAfterTheTimeoutFired() {
        workflow.activate(activation);
        clock.advance(WAIT);
        workflow.fireDueWaits();

        workflow.ownersChanged(List.of(change(activation, ROUTING_QUEUE, BOB, WAIT.plusSeconds(1))));
        workflow.fireDueWaits();

        assertThat(events.published).containsExactly("TEMPORARY_OWNER 00v-1", "FINAL_OWNER 00v-1 00G-sdr",
                "ASSIGNED 00v-1 TIMEOUT_FALLBACK 00G-sdr");
        assertThat(assignments.find("00v-1").orElseThrow().finalOwner()).isEqualTo(SDR_QUEUE);
    }

    @Test
    void shouldNotFireTheTimeoutOfAWaitTheEngineCompleted() {
        workflow.activate(activation);
        workflow.ownersChanged(List.of(change(activation, ROUTING_QUEUE, BOB, WAIT.minusSeconds(1))));

        clock.advance(WAIT);
        workflow.fireDueWaits();

        assertThat(events.published).containsExactly("TEMPORARY_OWNER 00v-1", "ASSIGNED 00v-1 EXTERNAL_ENGINE 005-bob");
    }

    @Test
    void shouldRouteAReactivationOfAnAssignedResponseAsANewRoundAndDropRedeliveriesOfEither() {
        workflow.activate(activation);
        workflow.ownersChanged(List.of(change(activation, ROUTING_QUEUE, BOB, Duration.ofSeconds(30))));
        Activation reactivated = reactivation(activation, "activated-again", Duration.ofDays(90));
        clock.advance(Duration.ofDays(90));

        workflow.activateAll(List.of(reactivated, activation));
        workflow.activate(reactivated);

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
        workflow.activateAll(List.of(untold, told));
        clock.advance(WAIT);
        events.failNext("ASSIGNED");
        assertThatThrownBy(workflow::fireDueWaits).hasMessage("broker away");

        clock.advance(AssignmentWorkflow.PUBLICATION_GRACE);
        workflow.republishStalled();
        workflow.fireDueWaits();

        assertThat(events.published).filteredOn(line -> line.startsWith("ASSIGNED")).containsExactlyInAnyOrder(
                "ASSIGNED 00v-1 TIMEOUT_FALLBACK 00G-sdr, nobody told", "ASSIGNED 00v-2 TIMEOUT_FALLBACK 00G-sdr");
        assertThat(assignments.find("00v-1").orElseThrow().triggerNotification()).isFalse();
    }

    private static final class InMemoryLeadOwners implements LeadOwners {

        private final Map<String, OwnerChange> latest = new HashMap<>();

        @Override
        public void recordIfNewer(List<OwnerChange> changes) {
            changes.forEach(change -> latest.merge(change.leadId(), change,
                    (recorded, candidate) -> candidate.occurredAt().isAfter(recorded.occurredAt()) ? candidate : recorded));
        }

        @Override
        public Map<String, OwnerChange> latest(Collection<String> leadIds) {
            Map<String, OwnerChange> found = new HashMap<>();
            leadIds.stream().filter(latest::containsKey).forEach(leadId -> found.put(leadId, latest.get(leadId)));
            return found;
        }

        @Override
        public Optional<OwnerChange> latest(String leadId) {
            return Optional.ofNullable(latest.get(leadId));
        }
    }

    /** Records what was published, one line per event; can fail the next publication of one kind. */
    private static final class RecordingEvents implements AssignmentEvents {

        final List<String> published = new ArrayList<>();
        private String failNextOf;

        void failNext(String kind) {
            failNextOf = kind;
        }

        /** Records each event as it is added: the tests publish nothing that a later failure could take back. */
        @Override
        public Publication publication() {
            return new Publication() {

                @Override
                public void requestTemporaryOwner(Assignment waiting) {
                    record("TEMPORARY_OWNER", label(waiting));
                }

                @Override
                public void requestFinalOwner(Assignment assigned) {
                    record("FINAL_OWNER", label(assigned) + " " + assigned.finalOwner().id());
                }

                @Override
                public void announceAssigned(Assignment assigned) {
                    record("ASSIGNED", label(assigned) + " " + assigned.method() + " " + assigned.finalOwner().id()
                            + (assigned.triggerNotification() ? "" : ", nobody told"));
                }

                @Override
                public void awaitConfirmed() {
                }
            };
        }

        /** The response, and for a reactivation the activation that started the round. */
        private static String label(Assignment assignment) {
            return assignment.round().isReactivation()
                    ? assignment.responseId() + " reactivated by " + assignment.round().activationEventId()
                    : assignment.responseId();
        }

        private void record(String kind, String what) {
            if (kind.equals(failNextOf)) {
                failNextOf = null;
                throw new IllegalStateException("broker away");
            }
            published.add(kind + " " + what);
        }
    }
}
