package io.leadflow.assignment.domain;

import static io.leadflow.assignment.domain.DomainFixtures.ACTIVATED_AT;
import static io.leadflow.assignment.domain.DomainFixtures.ALICE;
import static io.leadflow.assignment.domain.DomainFixtures.BOB;
import static io.leadflow.assignment.domain.DomainFixtures.INBOUND_QUEUE;
import static io.leadflow.assignment.domain.DomainFixtures.activation;
import static io.leadflow.assignment.domain.DomainFixtures.policy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.leadflow.assignment.domain.load.LoadProjection;
import io.leadflow.assignment.domain.offer.AcknowledgementFact;
import io.leadflow.assignment.domain.offer.AcknowledgementOutcome;
import io.leadflow.assignment.domain.offer.Offer;
import io.leadflow.assignment.domain.offer.OfferState;
import io.leadflow.assignment.domain.offer.Offers;
import io.leadflow.assignment.domain.offer.Reassigner;
import io.leadflow.assignment.domain.outbox.OutcomePublisher;
import io.leadflow.assignment.domain.routing.Acknowledgement;
import io.leadflow.assignment.domain.routing.CandidateQuery;
import io.leadflow.assignment.domain.routing.ConfigurationVersion;
import io.leadflow.assignment.domain.routing.InMemoryLeadLoads;
import io.leadflow.assignment.domain.routing.InMemoryRoutingConfigurations;
import io.leadflow.assignment.domain.routing.Reassignment;
import io.leadflow.assignment.domain.routing.ReassignmentAlgorithm;
import io.leadflow.assignment.domain.routing.RoutingConfiguration;
import io.leadflow.assignment.domain.routing.RoutingExplanation;
import io.leadflow.assignment.domain.routing.RoutingQueue;
import io.leadflow.assignment.domain.routing.RoutingUser;
import io.leadflow.assignment.domain.routing.Target;
import io.leadflow.testsupport.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Offers on in-memory adapters: acknowledgements, deadlines and their races. */
class OfferLifecycleTest {

    private static final Owner CARA = new Owner("005-cara", OwnerKind.USER, "Cara Cole");
    private static final Duration WITHIN = Duration.ofMinutes(15);
    private static final Instant DEADLINE = ACTIVATED_AT.plus(WITHIN);
    private static final Acknowledgement BLAST_SLA = new Acknowledgement(WITHIN, new Reassignment(
            ReassignmentAlgorithm.BLAST, "team", 2, null, null, Target.queue("00G-sdr")));

    private final MutableClock clock = new MutableClock(ACTIVATED_AT);
    private final InMemoryAssignments assignments = new InMemoryAssignments();
    private final RecordingEvents events = new RecordingEvents();
    private final InMemoryRoutingConfigurations configurations = new InMemoryRoutingConfigurations();
    private final OutcomePublisher publisher = new OutcomePublisher(assignments,
            new LoadProjection(policy(true), new InMemoryLeadLoads()), events);
    private final Offers offers = new Offers(assignments, new Reassigner(new InMemoryLeadLoads()), configurations,
            publisher, clock);

    private final Activation activation = activation("00v-1", INBOUND_QUEUE);
    private final String leadId = activation.leadId();
    private final String offerToAlice = Assignment.offerId("00v-1", 0, ALICE);

    OfferLifecycleTest() {
        configurations.save(new ConfigurationVersion(1, "ops@example.com", ACTIVATED_AT, null,
                new RoutingConfiguration(Target.assignmentRules(), List.of(), null, List.of(),
                        List.of(user(ALICE), user(BOB), user(CARA)), List.of(new RoutingQueue("00G-sdr", "SDRs")),
                        List.of(), BLAST_SLA, List.of(new CandidateQuery("team", List.of(), null, List.of(), null)))));
        Assignment offered = Assignment.offered(activation, ALICE, AssignmentMethod.ROUND_ROBIN, BLAST_SLA,
                RoutingExplanation.of("routed to Alice Archer"), ACTIVATED_AT);
        assignments.insert(offered);
        publisher.publishPending(List.of(offered));
    }

    private static RoutingUser user(Owner owner) {
        return RoutingUser.available(owner.id(), owner.name());
    }

    private static AcknowledgementFact ack(String leadId, String offerId, Owner by, Instant at) {
        return new AcknowledgementFact(leadId, offerId, by, at);
    }

    private AcknowledgementOutcome acknowledge(String offerId, Owner by) {
        return offers.acknowledgeAll(List.of(ack(leadId, offerId, by, clock.instant()))).get(0);
    }

    private Assignment stored() {
        return assignments.find("00v-1").orElseThrow();
    }

    /** The deadline passes: Alice's offer expires and Bob and Cara are offered the lead (attempt 1). */
    private void deadlinePasses() {
        clock.advance(WITHIN);
        offers.fireDueDeadlines();
    }

    @Test
    void shouldGiveTheLeadToTheCandidateAcknowledgingItsOfferById() {
        clock.advance(Duration.ofMinutes(4));

        AcknowledgementOutcome outcome = acknowledge(offerToAlice, ALICE);

        assertThat(outcome).isInstanceOf(AcknowledgementOutcome.Acknowledged.class);
        assertThat(stored().state()).isEqualTo(AssignmentState.ASSIGNED);
        assertThat(stored().finalOwner()).isEqualTo(ALICE);
        assertThat(stored().assignedAt()).isEqualTo(ACTIVATED_AT.plus(Duration.ofMinutes(4)));
        assertThat(stored().offer(offerToAlice).orElseThrow().timeToAcknowledge()).isEqualTo(Duration.ofMinutes(4));
        assertThat(events.published).containsExactly("OFFERED 00v-1 005-alice attempt 0",
                "FINAL_OWNER 00v-1 005-alice", "ASSIGNED 00v-1 ROUND_ROBIN 005-alice");
    }

    @Test
    void shouldGiveTheLeadToTheCandidateAcknowledgingTheLeadOnly() {
        AcknowledgementOutcome outcome = acknowledge(null, ALICE);

        assertThat(outcome).isInstanceOfSatisfying(AcknowledgementOutcome.Acknowledged.class,
                acknowledged -> assertThat(acknowledged.offer().offerId()).isEqualTo(offerToAlice));
        assertThat(stored().finalOwner()).isEqualTo(ALICE);
        assertThat(events.published).containsExactly("OFFERED 00v-1 005-alice attempt 0",
                "FINAL_OWNER 00v-1 005-alice", "ASSIGNED 00v-1 ROUND_ROBIN 005-alice");
    }

    @Test
    void shouldChangeAndPublishNothingForARepeatedAcknowledgement() {
        acknowledge(offerToAlice, ALICE);
        Assignment assigned = stored();
        clock.advance(Duration.ofMinutes(1));

        AcknowledgementOutcome repeat = acknowledge(offerToAlice, ALICE);

        assertThat(repeat).isInstanceOf(AcknowledgementOutcome.AlreadyAcknowledged.class);
        assertThat(stored()).isEqualTo(assigned);
        assertThat(events.published).containsExactly("OFFERED 00v-1 005-alice attempt 0",
                "FINAL_OWNER 00v-1 005-alice", "ASSIGNED 00v-1 ROUND_ROBIN 005-alice");
    }

    @Test
    void shouldRecordALateAcknowledgementAndChangeNothingElse() {
        deadlinePasses();
        clock.advance(Duration.ofMinutes(2));

        AcknowledgementOutcome late = acknowledge(offerToAlice, ALICE);

        assertThat(late).isInstanceOf(AcknowledgementOutcome.Late.class);
        Offer expired = stored().offer(offerToAlice).orElseThrow();
        assertThat(expired.state()).isEqualTo(OfferState.EXPIRED);
        assertThat(expired.lateAcknowledgedAt()).isEqualTo(DEADLINE.plus(Duration.ofMinutes(2)));
        assertThat(stored().state()).isEqualTo(AssignmentState.OFFERED);
        assertThat(events.published).containsExactly("OFFERED 00v-1 005-alice attempt 0",
                "ENDED 00v-1 005-alice EXPIRED", "OFFERED 00v-1 005-bob attempt 1", "OFFERED 00v-1 005-cara attempt 1");
    }

    @Test
    void shouldAnswerARepeatedAcknowledgementNamingOnlyTheLeadFromTheUsersLatestOffer() {
        acknowledge(null, ALICE);
        Assignment assigned = stored();

        AcknowledgementOutcome repeat = acknowledge(null, ALICE);

        assertThat(repeat).isInstanceOf(AcknowledgementOutcome.AlreadyAcknowledged.class);
        assertThat(stored()).isEqualTo(assigned);
        assertThat(events.published).containsExactly("OFFERED 00v-1 005-alice attempt 0",
                "FINAL_OWNER 00v-1 005-alice", "ASSIGNED 00v-1 ROUND_ROBIN 005-alice");
    }

    @Test
    void shouldRecordALateAcknowledgementNamingOnlyTheLeadOnTheUsersLatestOffer() {
        deadlinePasses();
        clock.advance(Duration.ofMinutes(2));

        AcknowledgementOutcome late = acknowledge(null, ALICE);

        assertThat(late).isInstanceOf(AcknowledgementOutcome.Late.class);
        assertThat(stored().offer(offerToAlice).orElseThrow().lateAcknowledgedAt())
                .isEqualTo(DEADLINE.plus(Duration.ofMinutes(2)));
        assertThat(stored().state()).isEqualTo(AssignmentState.OFFERED);
    }

    @Test
    void shouldChangeNothingWhenSomeoneElseAcknowledgesTheOffer() {
        AcknowledgementOutcome outcome = acknowledge(offerToAlice, BOB);

        assertThat(outcome).isInstanceOf(AcknowledgementOutcome.NotTheCandidate.class);
        assertThat(stored().state()).isEqualTo(AssignmentState.OFFERED);
        assertThat(stored().offer(offerToAlice).orElseThrow().isOpen()).isTrue();
        assertThat(events.published).containsExactly("OFFERED 00v-1 005-alice attempt 0");
    }

    @Test
    void shouldAnswerNoSuchOfferForAnUnknownOfferOrALeadNotOfferedToTheUser() {
        List<AcknowledgementOutcome> outcomes = offers.acknowledgeAll(List.of(
                ack(leadId, "offer-unknown", ALICE, ACTIVATED_AT), ack(leadId, null, BOB, ACTIVATED_AT),
                ack("00Q-unknown", null, ALICE, ACTIVATED_AT)));

        assertThat(outcomes).containsExactly(new AcknowledgementOutcome.NoSuchOffer(leadId, "offer-unknown"),
                new AcknowledgementOutcome.NoSuchOffer(leadId, null),
                new AcknowledgementOutcome.NoSuchOffer("00Q-unknown", null));
        assertThat(stored().state()).isEqualTo(AssignmentState.OFFERED);
        assertThat(events.published).containsExactly("OFFERED 00v-1 005-alice attempt 0");
    }

    @Test
    void shouldExpireTheOfferAndOfferTheLeadToTheNextCandidatesWhenTheDeadlinePasses() {
        clock.advance(WITHIN.minusSeconds(1));
        offers.fireDueDeadlines();
        assertThat(events.published).containsExactly("OFFERED 00v-1 005-alice attempt 0");

        clock.advance(Duration.ofSeconds(1));
        offers.fireDueDeadlines();
        offers.fireDueDeadlines();

        assertThat(events.published).containsExactly("OFFERED 00v-1 005-alice attempt 0",
                "ENDED 00v-1 005-alice EXPIRED", "OFFERED 00v-1 005-bob attempt 1", "OFFERED 00v-1 005-cara attempt 1");
        assertThat(stored().dueAt()).isEqualTo(DEADLINE.plus(WITHIN));
        assertThat(stored().published()).isTrue();
    }

    @Test
    void shouldGiveABlastToTheFirstOfTwoAcknowledgementsInOneBatchAndTellTheOtherItIsLate() {
        deadlinePasses();
        String toBob = Assignment.offerId("00v-1", 1, BOB);
        String toCara = Assignment.offerId("00v-1", 1, CARA);

        List<AcknowledgementOutcome> outcomes = offers.acknowledgeAll(List.of(
                ack(leadId, toBob, BOB, DEADLINE), ack(leadId, toCara, CARA, DEADLINE)));

        assertThat(outcomes).hasExactlyElementsOfTypes(AcknowledgementOutcome.Acknowledged.class,
                AcknowledgementOutcome.Late.class);
        assertThat(stored().finalOwner()).isEqualTo(BOB);
        assertThat(stored().method()).isEqualTo(AssignmentMethod.BLAST_REASSIGNMENT);
        assertThat(stored().offers()).extracting(offer -> offer.candidate().id(), Offer::state, Offer::takenBy,
                Offer::lateAcknowledgedAt).containsExactly(
                tuple("005-alice", OfferState.EXPIRED, null, null),
                tuple("005-bob", OfferState.ACKNOWLEDGED, null, null),
                tuple("005-cara", OfferState.TAKEN, BOB, DEADLINE));
        assertThat(events.published).containsExactly("OFFERED 00v-1 005-alice attempt 0",
                "ENDED 00v-1 005-alice EXPIRED", "OFFERED 00v-1 005-bob attempt 1", "OFFERED 00v-1 005-cara attempt 1",
                "ENDED 00v-1 005-cara TAKEN", "FINAL_OWNER 00v-1 005-bob", "ASSIGNED 00v-1 BLAST_REASSIGNMENT 005-bob");
    }

    @Test
    void shouldTellAnAcknowledgementThatLostTheRaceToTheDeadlineThatItIsLate() {
        clock.advance(WITHIN);
        assignments.beforeNextTransition(offers::fireDueDeadlines);

        AcknowledgementOutcome outcome = acknowledge(offerToAlice, ALICE);

        assertThat(outcome).isInstanceOf(AcknowledgementOutcome.Late.class);
        assertThat(stored().state()).isEqualTo(AssignmentState.OFFERED);
        assertThat(stored().attempt()).isEqualTo(1);
        assertThat(stored().offer(offerToAlice).orElseThrow().lateAcknowledgedAt()).isEqualTo(DEADLINE);
        assertThat(events.published).containsExactly("OFFERED 00v-1 005-alice attempt 0",
                "ENDED 00v-1 005-alice EXPIRED", "OFFERED 00v-1 005-bob attempt 1", "OFFERED 00v-1 005-cara attempt 1");
    }

    @Test
    void shouldLetADeadlineThatLostTheRaceToAnAcknowledgementChangeNothing() {
        clock.advance(WITHIN);
        assignments.beforeNextTransition(() -> acknowledge(offerToAlice, ALICE));

        offers.fireDueDeadlines();

        assertThat(stored().state()).isEqualTo(AssignmentState.ASSIGNED);
        assertThat(stored().finalOwner()).isEqualTo(ALICE);
        assertThat(events.published).containsExactly("OFFERED 00v-1 005-alice attempt 0",
                "FINAL_OWNER 00v-1 005-alice", "ASSIGNED 00v-1 ROUND_ROBIN 005-alice");
    }
}
