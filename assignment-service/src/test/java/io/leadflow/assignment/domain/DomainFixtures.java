package io.leadflow.assignment.domain;

import io.leadflow.assignment.domain.routing.ConfigurationVersion;
import io.leadflow.assignment.domain.routing.Distributor;
import io.leadflow.assignment.domain.routing.InMemoryDistributionStates;
import io.leadflow.assignment.domain.routing.InMemoryLeadLoads;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Object mother for the domain unit tests: the default policy and realistic leads and owner changes. */
final class DomainFixtures {

    static final Owner INBOUND_QUEUE = new Owner("00G-inbound", OwnerKind.QUEUE, "Inbound Leads Queue");
    static final Owner INTEGRATION_USER = new Owner("005-integration", OwnerKind.USER, "Integration User");
    static final Owner ROUTING_QUEUE = new Owner("00G-routing", OwnerKind.QUEUE, "Lead Routing Queue");
    static final Owner SDR_QUEUE = new Owner("00G-sdr", OwnerKind.QUEUE, "Sales Development Queue");
    static final Owner ALICE = new Owner("005-alice", OwnerKind.USER, "Alice Archer");
    static final Owner BOB = new Owner("005-bob", OwnerKind.USER, "Bob Baker");

    static final Duration WAIT = Duration.ofMinutes(10);
    static final Instant ACTIVATED_AT = Instant.parse("2026-11-23T09:00:00Z");

    private DomainFixtures() {
    }

    static RoutingPolicy policy(boolean reassignUnowned) {
        return new RoutingPolicy(Set.of(INBOUND_QUEUE.id(), INTEGRATION_USER.id()), reassignUnowned,
                ROUTING_QUEUE, WAIT, SDR_QUEUE, Set.of("Converted", "Disqualified"));
    }

    /** The default policy with the engine wait's timeout switched off. */
    static RoutingPolicy policyWithoutTimeout() {
        RoutingPolicy timed = policy(true);
        return new RoutingPolicy(timed.subjectToReassignment(), true, ROUTING_QUEUE, null, SDR_QUEUE,
                timed.closedStatuses());
    }

    /** A router over fresh in-memory distribution state and loads. */
    static LeadRouter router(boolean reassignUnowned) {
        return new LeadRouter(policy(reassignUnowned),
                new Distributor(new InMemoryDistributionStates(), new InMemoryLeadLoads()));
    }

    /** What {@code router} decides for the activation under the built-in default configuration. */
    static RoutingDecision routeByDefault(LeadRouter router, Activation activation) {
        return router.route(activation, ConfigurationVersion.DEFAULT, ACTIVATED_AT, router.liveSession());
    }

    static Lead leadOwnedBy(Owner owner) {
        return new Lead(owner, 85, "Open", new LeadAttributes("Dana", "Reyes", "dana.reyes@acme.example",
                "VP Operations", "Acme Corp", 1200, "US", "CA", "Manufacturing", List.of("enterprise"),
                Map.of("utm.source", "webinar")));
    }

    /** The first activation of the response (a new MQL), of a lead owned by {@code owner}. */
    static Activation activation(String responseId, Owner owner) {
        return new Activation(responseId, "00Q-" + responseId, "701-spring-webinar", "corr-" + responseId,
                ACTIVATED_AT, leadOwnedBy(owner), true, Round.firstActivation("activated-" + responseId));
    }

    /** The same response reactivated {@code later} by scenario "score-jump", in activation event {@code eventId}. */
    static Activation reactivation(Activation first, String eventId, Duration later) {
        return new Activation(first.responseId(), first.leadId(), first.campaignId(), first.correlationId(),
                first.occurredAt().plus(later), first.lead(), true,
                Round.reactivation(eventId, "score-jump", "decision-" + eventId));
    }

    /** The same activation, asking that nobody be told. */
    static Activation withoutNotification(Activation activation) {
        return new Activation(activation.responseId(), activation.leadId(), activation.campaignId(),
                activation.correlationId(), activation.occurredAt(), activation.lead(), activation.triggerAssignment(),
                activation.round().withoutNotification());
    }

    static OwnerChange change(Activation activation, Owner from, Owner to, Duration afterActivation) {
        return new OwnerChange("change-" + to.id() + "-" + afterActivation, activation.leadId(),
                ACTIVATED_AT.plus(afterActivation), from, to, "matchmaker");
    }

    static Assignment waiting(Activation activation) {
        return routeByDefault(router(true), activation).start(activation, ACTIVATED_AT);
    }
}
