package io.leadflow.assignment.domain;

import static io.leadflow.assignment.domain.DomainFixtures.ACTIVATED_AT;
import static io.leadflow.assignment.domain.DomainFixtures.ALICE;
import static io.leadflow.assignment.domain.DomainFixtures.INBOUND_QUEUE;
import static io.leadflow.assignment.domain.DomainFixtures.INTEGRATION_USER;
import static io.leadflow.assignment.domain.DomainFixtures.ROUTING_QUEUE;
import static io.leadflow.assignment.domain.DomainFixtures.SDR_QUEUE;
import static io.leadflow.assignment.domain.DomainFixtures.WAIT;
import static io.leadflow.assignment.domain.DomainFixtures.activation;
import static io.leadflow.assignment.domain.DomainFixtures.routeByDefault;
import static io.leadflow.assignment.domain.DomainFixtures.router;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.assignment.domain.RoutingDecision.Assign;
import io.leadflow.assignment.domain.RoutingDecision.AwaitEngine;
import io.leadflow.assignment.domain.RoutingDecision.KeepOwner;
import io.leadflow.assignment.domain.RoutingDecision.LeaveUnassigned;
import io.leadflow.assignment.domain.RoutingDecision.NotRouted;
import io.leadflow.assignment.domain.RoutingDecision.OfferTo;
import io.leadflow.assignment.domain.RoutingDecision.PlaceInHopper;
import io.leadflow.assignment.domain.routing.Acknowledgement;
import io.leadflow.assignment.domain.routing.ConfigurationVersion;
import io.leadflow.assignment.domain.routing.DistributionMethod;
import io.leadflow.assignment.domain.routing.DistributionRule;
import io.leadflow.assignment.domain.routing.Distributor;
import io.leadflow.assignment.domain.routing.InMemoryDistributionStates;
import io.leadflow.assignment.domain.routing.InMemoryLeadLoads;
import io.leadflow.assignment.domain.routing.Member;
import io.leadflow.assignment.domain.routing.Reassignment;
import io.leadflow.assignment.domain.routing.ReassignmentAlgorithm;
import io.leadflow.assignment.domain.routing.RoutingConfiguration;
import io.leadflow.assignment.domain.routing.RoutingExplanation;
import io.leadflow.assignment.domain.routing.RoutingQueue;
import io.leadflow.assignment.domain.routing.RoutingUser;
import io.leadflow.assignment.domain.routing.Target;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class LeadRouterTest {

    private static final Acknowledgement SLA = new Acknowledgement(Duration.ofMinutes(15), new Reassignment(
            ReassignmentAlgorithm.SINGLE, "Team", null, null, null, Target.queue("00G-sdr")));

    private final LeadRouter router = router(true);

    @Test
    void shouldParkALeadOfASubjectQueueWithTheTemporaryOwnerUntilTheWaitEndsByDefault() {
        RoutingDecision decision = routeByDefault(router, activation("00v-1", INBOUND_QUEUE));

        assertThat(decision).isEqualTo(new AwaitEngine(ROUTING_QUEUE, ACTIVATED_AT.plus(WAIT),
                new RoutingExplanation("Inbound Leads Queue (00G-inbound) is subject to reassignment; parked with "
                        + "Lead Routing Queue (00G-routing) for an external engine to route", null, null, null,
                        List.of("handed to the external engine", "Inbound Leads Queue (00G-inbound) is subject to "
                                + "reassignment; parked with Lead Routing Queue (00G-routing) for an external "
                                + "engine to route"), List.of())));
    }

    @Test
    void shouldParkALeadWithNoDueTimeWhenTheWaitHasNoTimeout() {
        LeadRouter untimed = new LeadRouter(DomainFixtures.policyWithoutTimeout(),
                new Distributor(new InMemoryDistributionStates(), new InMemoryLeadLoads()));
        Activation activation = activation("00v-1", INBOUND_QUEUE);

        Assignment parked = routeByDefault(untimed, activation).start(activation, ACTIVATED_AT);

        assertThat(parked.state()).isEqualTo(AssignmentState.WAITING_FOR_ENGINE);
        assertThat(parked.dueAt()).isNull();
        assertThat(parked.timedOut(ACTIVATED_AT.plus(Duration.ofDays(365)), SDR_QUEUE)).isEmpty();
    }

    @Test
    void shouldParkALeadOfASubjectUser() {
        assertThat(routeByDefault(router, activation("00v-1", INTEGRATION_USER))).isInstanceOf(AwaitEngine.class);
    }

    @Test
    void shouldLetAnOwnerWhoIsNotSubjectToReassignmentKeepTheLead() {
        RoutingDecision decision = routeByDefault(router, activation("00v-1", ALICE));

        assertThat(decision).isEqualTo(new KeepOwner(ALICE,
                RoutingExplanation.of("Alice Archer (005-alice) is not subject to reassignment and keeps the lead")));
    }

    @Test
    void shouldParkAnUnownedLeadWhenUnownedLeadsAreReassigned() {
        RoutingDecision decision = routeByDefault(router, activation("00v-1", null));

        assertThat(((AwaitEngine) decision).explanation().summary()).isEqualTo(
                "the unowned lead is subject to reassignment; parked with Lead Routing Queue (00G-routing) "
                        + "for an external engine to route");
    }

    @Test
    void shouldNotRouteAnUnownedLeadWhenUnownedLeadsAreNotReassigned() {
        RoutingDecision decision = routeByDefault(router(false), activation("00v-1", null));

        assertThat(decision).isEqualTo(new NotRouted(
                RoutingExplanation.of("the lead has no owner and unowned leads are not subject to reassignment")));
    }

    @Test
    void shouldNotRouteAnActivationThatDoesNotTriggerAssignmentWhateverTheOwner() {
        Activation base = activation("00v-1", INBOUND_QUEUE);
        Activation withoutAssignment = new Activation(base.responseId(), base.leadId(), base.campaignId(),
                base.correlationId(), base.occurredAt(), base.lead(), false, base.round());

        assertThat(routeByDefault(router, withoutAssignment)).isEqualTo(new NotRouted(
                RoutingExplanation.of("response 00v-1 was activated without triggering assignment")));
    }

    @Test
    void shouldSendTheLeadToTheUserTheActivationTargetNames() {
        RoutingDecision decision = route(Target.user(ALICE.id()));

        assertThat(decision).isInstanceOf(Assign.class);
        Assign assign = (Assign) decision;
        assertThat(assign.owner()).isEqualTo(ALICE);
        assertThat(assign.method()).isEqualTo(AssignmentMethod.DIRECT);
        assertThat(assign.hopper()).isFalse();
        assertThat(assign.explanation().summary()).isEqualTo("Sent to Alice Archer (005-alice).");
        assertThat(assign.explanation().configurationVersion()).isEqualTo(7L);
    }

    @Test
    void shouldPutTheLeadInTheHopperWithAnOwnerOrUnassigned() {
        assertThat(route(Target.hopper(ALICE.id()))).isEqualTo(new Assign(ALICE, AssignmentMethod.HOPPER, true,
                new RoutingExplanation("Put in the hopper with Alice Archer (005-alice) as owner, for a user to "
                        + "claim.", 7L, null, null, List.of("put in the hopper with Alice Archer (005-alice) as "
                        + "owner, for a user to claim"), List.of())));
        assertThat(route(Target.hopper(null))).isInstanceOf(PlaceInHopper.class);
    }

    @Test
    void shouldLeaveTheLeadUnassignedWhenNoAssignmentRuleMatchesAndThereIsNoCatchAll() {
        RoutingDecision decision = route(Target.assignmentRules());

        assertThat(decision).isInstanceOf(LeaveUnassigned.class);
        assertThat(((LeaveUnassigned) decision).explanation().summary())
                .isEqualTo("Left unassigned: no assignment rule matched and there is no catch-all.");
    }

    @Test
    void shouldOfferTheLeadToAUserOwnerUnderAnAcknowledgementSla() {
        RoutingDecision decision = route(Target.user(ALICE.id()), List.of(), SLA);

        assertThat(decision).isEqualTo(new OfferTo(ALICE, AssignmentMethod.DIRECT, SLA, new RoutingExplanation(
                "Sent to Alice Archer (005-alice).", 7L, null, null, List.of("sent to Alice Archer (005-alice)"),
                List.of())));
        Assignment offered = decision.start(activation("00v-1", INBOUND_QUEUE), ACTIVATED_AT);
        assertThat(offered.state()).isEqualTo(AssignmentState.OFFERED);
        assertThat(offered.dueAt()).isEqualTo(ACTIVATED_AT.plus(SLA.within()));
        assertThat(offered.acknowledgement()).isEqualTo(SLA);
    }

    @Test
    void shouldOfferTheLeadToTheMemberADistributionRuleWithAnSlaPicks() {
        DistributionRule sdrs = new DistributionRule("SDRs", DistributionMethod.ROUND_ROBIN,
                List.of(Member.of(ALICE.id())), null, null, null, SLA);

        RoutingDecision decision = route(Target.distributionRule("SDRs"), List.of(sdrs), null);

        assertThat(decision).isInstanceOfSatisfying(OfferTo.class, offer -> {
            assertThat(offer.candidate()).isEqualTo(ALICE);
            assertThat(offer.method()).isEqualTo(AssignmentMethod.ROUND_ROBIN);
            assertThat(offer.sla()).isEqualTo(SLA);
        });
    }

    @Test
    void shouldAssignTheLeadToAQueueOwnerAtOnceUnderAnAcknowledgementSla() {
        RoutingDecision decision = route(Target.queue(SDR_QUEUE.id()), List.of(), SLA);

        assertThat(decision).isInstanceOfSatisfying(Assign.class,
                assign -> assertThat(assign.owner()).isEqualTo(SDR_QUEUE));
    }

    @Test
    void shouldAssignTheLeadToAUserOwnerAtOnceWithoutAcknowledgementSla() {
        assertThat(route(Target.user(ALICE.id()), List.of(), null)).isInstanceOf(Assign.class);
    }

    private RoutingDecision route(Target activationTarget) {
        return route(activationTarget, List.of(), null);
    }

    private RoutingDecision route(Target activationTarget, List<DistributionRule> distributionRules,
            Acknowledgement sla) {
        RoutingConfiguration configuration = new RoutingConfiguration(activationTarget, List.of(), null,
                distributionRules, List.of(RoutingUser.available(ALICE.id(), ALICE.name())),
                List.of(new RoutingQueue(SDR_QUEUE.id(), SDR_QUEUE.name())), List.of(), sla, List.of());
        return router.route(activation("00v-1", INBOUND_QUEUE),
                new ConfigurationVersion(7, "ops", Instant.EPOCH, null, configuration), ACTIVATED_AT,
                router.liveSession());
    }
}
