package io.leadflow.assignment.domain;

import static io.leadflow.assignment.domain.DomainFixtures.ACTIVATED_AT;
import static io.leadflow.assignment.domain.DomainFixtures.ALICE;
import static io.leadflow.assignment.domain.DomainFixtures.INBOUND_QUEUE;
import static io.leadflow.assignment.domain.DomainFixtures.INTEGRATION_USER;
import static io.leadflow.assignment.domain.DomainFixtures.ROUTING_QUEUE;
import static io.leadflow.assignment.domain.DomainFixtures.WAIT;
import static io.leadflow.assignment.domain.DomainFixtures.activation;
import static io.leadflow.assignment.domain.DomainFixtures.policy;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.assignment.domain.RoutingDecision.AwaitEngine;
import io.leadflow.assignment.domain.RoutingDecision.KeepOwner;
import io.leadflow.assignment.domain.RoutingDecision.NotRouted;
import org.junit.jupiter.api.Test;

class LeadRouterTest {

    private final LeadRouter router = new LeadRouter(policy(true));

    @Test
    void shouldParkALeadOfASubjectQueueWithTheTemporaryOwnerUntilTheWaitEnds() {
        RoutingDecision decision = router.route(activation("00v-1", INBOUND_QUEUE));

        assertThat(decision).isEqualTo(new AwaitEngine(ROUTING_QUEUE, ACTIVATED_AT.plus(WAIT),
                "Inbound Leads Queue (00G-inbound) is subject to reassignment; parked with "
                        + "Lead Routing Queue (00G-routing) for an external engine to route"));
    }

    @Test
    void shouldParkALeadOfASubjectUser() {
        assertThat(router.route(activation("00v-1", INTEGRATION_USER))).isInstanceOf(AwaitEngine.class);
    }

    @Test
    void shouldLetAnOwnerWhoIsNotSubjectToReassignmentKeepTheLead() {
        RoutingDecision decision = router.route(activation("00v-1", ALICE));

        assertThat(decision).isEqualTo(new KeepOwner(ALICE,
                "Alice Archer (005-alice) is not subject to reassignment and keeps the lead"));
    }

    @Test
    void shouldParkAnUnownedLeadWhenUnownedLeadsAreReassigned() {
        RoutingDecision decision = router.route(activation("00v-1", null));

        assertThat(decision).isEqualTo(new AwaitEngine(ROUTING_QUEUE, ACTIVATED_AT.plus(WAIT),
                "the unowned lead is subject to reassignment; parked with Lead Routing Queue (00G-routing) "
                        + "for an external engine to route"));
    }

    @Test
    void shouldNotRouteAnUnownedLeadWhenUnownedLeadsAreNotReassigned() {
        RoutingDecision decision = new LeadRouter(policy(false)).route(activation("00v-1", null));

        assertThat(decision).isEqualTo(
                new NotRouted("the lead has no owner and unowned leads are not subject to reassignment"));
    }

    @Test
    void shouldNotRouteAnActivationThatDoesNotTriggerAssignmentWhateverTheOwner() {
        Activation base = activation("00v-1", INBOUND_QUEUE);
        Activation withoutAssignment = new Activation(base.responseId(), base.leadId(), base.campaignId(),
                base.correlationId(), base.occurredAt(), base.lead(), false);

        assertThat(router.route(withoutAssignment))
                .isEqualTo(new NotRouted("response 00v-1 was activated without triggering assignment"));
    }
}
