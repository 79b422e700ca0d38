package io.leadflow.assignment.domain;

import io.leadflow.assignment.domain.group.PrimaryAgentLocks;
import io.leadflow.assignment.domain.reassignment.LeadsNow;

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
import io.leadflow.assignment.domain.reassignment.ManualReassignment;
import io.leadflow.assignment.domain.reassignment.ReassignmentOutcome;
import io.leadflow.assignment.domain.reassignment.ReassignmentRequest;
import io.leadflow.assignment.domain.routing.Acknowledgement;
import io.leadflow.assignment.domain.routing.CandidateQuery;
import io.leadflow.assignment.domain.routing.CandidateSort;
import io.leadflow.assignment.domain.routing.ConfigurationVersion;
import io.leadflow.assignment.domain.routing.Distributor;
import io.leadflow.assignment.domain.routing.InMemoryDistributionStates;
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
import java.util.List;
import org.junit.jupiter.api.Test;

/** Manual reassignment on in-memory adapters: new rounds, superseded rounds, repeats and races. */
class ManualReassignmentTest {

    private static final Owner CARA = new Owner("005-cara", OwnerKind.USER, "Cara Cole");
    private static final Duration WITHIN = Duration.ofMinutes(15);
    private static final Acknowledgement BLAST_SLA = new Acknowledgement(WITHIN, new Reassignment(
            ReassignmentAlgorithm.BLAST, "team", 2, null, null, Target.queue("00G-sdr")));

    private final MutableClock clock = new MutableClock(ACTIVATED_AT);
    private final InMemoryAssignments assignments = new InMemoryAssignments();
    private final InMemoryLeadOwners leadOwners = new InMemoryLeadOwners();
    private final RecordingEvents events = new RecordingEvents();
    private final InMemoryRoutingConfigurations configurations = new InMemoryRoutingConfigurations();
    private final InMemoryLeadLoads loads = new InMemoryLeadLoads();
    private final OutcomePublisher publisher = new OutcomePublisher(assignments, new LoadProjection(policy(true), loads),
            events);
    private final Distributor distributor = new Distributor(new InMemoryDistributionStates(), loads);
    private final ManualReassignment manual = new ManualReassignment(assignments,
            new LeadsNow(assignments, leadOwners), new PrimaryAgentLocks(new InMemoryLeadLocks(), assignments, clock),
            distributor, new LeadRouter(policy(true), distributor), loads, configurations, publisher, clock);
    private final Offers offers = new Offers(assignments, new Reassigner(loads), configurations, publisher, clock);

    private final Activation activation = activation("00v-1", INBOUND_QUEUE);
    private final String leadId = activation.leadId();

    ManualReassignmentTest() {
        configurations.save(new ConfigurationVersion(1, "ops@example.com", ACTIVATED_AT, null,
                new RoutingConfiguration(Target.assignmentRules(), List.of(), null, List.of(),
                        List.of(user(ALICE), user(BOB), user(CARA)), List.of(new RoutingQueue("00G-sdr", "SDRs")),
                        List.of(), BLAST_SLA, List.of(new CandidateQuery("team", List.of(), null, List.of(), null),
                                new CandidateQuery("by name, last first", List.of(), null,
                                        List.of(new CandidateSort("name", CandidateSort.Direction.DESC)), null)))));
        Assignment offered = Assignment.offered(activation, ALICE, AssignmentMethod.ROUND_ROBIN, BLAST_SLA,
                RoutingExplanation.of("routed to Alice Archer"), ACTIVATED_AT);
        assignments.insert(offered);
        publisher.publishPending(List.of(offered));
        events.published.clear();
    }

    private static RoutingUser user(Owner owner) {
        return RoutingUser.available(owner.id(), owner.name());
    }

    private static ReassignmentRequest request(String requestId, ReassignmentRequest.Kind kind, String target,
            String... leadIds) {
        return new ReassignmentRequest(requestId, List.of(leadIds), kind, target, "ops@example.com", "VIP account");
    }

    private Assignment original() {
        return assignments.find("00v-1").orElseThrow();
    }

    @Test
    void shouldSupersedeAnOfferedRoundWithdrawingItsOfferAndGiveTheLeadToTheUser() {
        clock.advance(Duration.ofMinutes(5));

        List<ReassignmentOutcome> outcomes = manual.reassign(
                request("req-1", ReassignmentRequest.Kind.USER, BOB.id(), leadId));

        assertThat(outcomes).singleElement().isInstanceOfSatisfying(ReassignmentOutcome.Reassigned.class, done -> {
            assertThat(done.assignment().finalOwner()).isEqualTo(BOB);
            assertThat(done.assignment().method()).isEqualTo(AssignmentMethod.MANUAL_REASSIGNMENT);
            assertThat(done.assignment().reason()).isEqualTo(
                    "reassigned manually by ops@example.com to Bob Baker (005-bob): VIP account");
            assertThat(done.assignment().published()).isTrue();
        });
        assertThat(original().state()).isEqualTo(AssignmentState.SUPERSEDED);
        assertThat(original().offers()).extracting(Offer::detail)
                .containsExactly("reassigned manually by ops@example.com");
        assertThat(events.published).containsExactly("ENDED 00v-1 005-alice WITHDRAWN",
                "FINAL_OWNER 00v-1 005-bob", "ASSIGNED 00v-1 MANUAL_REASSIGNMENT 005-bob");
    }

    @Test
    void shouldReassignNothingAgainForARepeatedRequest() {
        ReassignmentRequest toBob = request("req-1", ReassignmentRequest.Kind.USER, BOB.id(), leadId);
        Assignment first = ((ReassignmentOutcome.Reassigned) manual.reassign(toBob).get(0)).assignment();
        List<String> published = List.copyOf(events.published);
        clock.advance(Duration.ofMinutes(1));

        List<ReassignmentOutcome> repeat = manual.reassign(toBob);

        assertThat(repeat).containsExactly(new ReassignmentOutcome.Reassigned(leadId, first));
        assertThat(events.published).isEqualTo(published);
    }

    @Test
    void shouldAnswerUnknownLeadForALeadLeadflowNeverRouted() {
        List<ReassignmentOutcome> outcomes = manual.reassign(
                request("req-1", ReassignmentRequest.Kind.USER, BOB.id(), "00Q-unknown", leadId, leadId));

        assertThat(outcomes).extracting(ReassignmentOutcome::leadId).containsExactly("00Q-unknown", leadId);
        assertThat(outcomes.get(0)).isEqualTo(new ReassignmentOutcome.UnknownLead("00Q-unknown"));
    }

    @Test
    void shouldGiveTheLeadToTheCandidateQuerysFirstCandidate() {
        List<ReassignmentOutcome> outcomes = manual.reassign(
                request("req-1", ReassignmentRequest.Kind.CANDIDATE_QUERY, "by name, last first", leadId));

        assertThat(outcomes).singleElement().isInstanceOfSatisfying(ReassignmentOutcome.Reassigned.class,
                done -> assertThat(done.assignment().finalOwner()).isEqualTo(CARA));
    }

    @Test
    void shouldNotReassignThroughACandidateQueryThatDoesNotExist() {
        List<ReassignmentOutcome> outcomes = manual.reassign(
                request("req-1", ReassignmentRequest.Kind.CANDIDATE_QUERY, "nobody's", leadId));

        assertThat(outcomes).containsExactly(new ReassignmentOutcome.NotReassigned(leadId,
                "candidate query 'nobody's' does not exist"));
        assertThat(original().state()).isEqualTo(AssignmentState.OFFERED);
        assertThat(events.published).isEmpty();
    }

    @Test
    void shouldSupersedeTheRoundTheDeadlineReofferedWhileTheLeadWasBeingReassigned() {
        clock.advance(WITHIN);
        assignments.beforeNextTransition(offers::fireDueDeadlines);

        manual.reassign(request("req-1", ReassignmentRequest.Kind.USER, BOB.id(), leadId));
        AcknowledgementOutcome byCara = offers.acknowledgeAll(List.of(
                new AcknowledgementFact(leadId, null, CARA, clock.instant()))).get(0);

        assertThat(original().state()).isEqualTo(AssignmentState.SUPERSEDED);
        assertThat(original().offers()).extracting(offer -> offer.candidate().id(), Offer::state).containsExactly(
                tuple("005-alice", OfferState.EXPIRED), tuple("005-bob", OfferState.WITHDRAWN),
                tuple("005-cara", OfferState.WITHDRAWN));
        assertThat(byCara).isEqualTo(new AcknowledgementOutcome.NoSuchOffer(leadId, null));
        assertThat(events.published).containsExactly("ENDED 00v-1 005-alice EXPIRED",
                "OFFERED 00v-1 005-bob attempt 1", "OFFERED 00v-1 005-cara attempt 1",
                "ENDED 00v-1 005-bob WITHDRAWN", "ENDED 00v-1 005-cara WITHDRAWN",
                "FINAL_OWNER 00v-1 005-bob", "ASSIGNED 00v-1 MANUAL_REASSIGNMENT 005-bob");
    }
}
