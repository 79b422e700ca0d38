package io.leadflow.assignment.domain;

import io.leadflow.assignment.domain.RoutingDecision.Assign;
import io.leadflow.assignment.domain.RoutingDecision.AwaitEngine;
import io.leadflow.assignment.domain.RoutingDecision.KeepOwner;
import io.leadflow.assignment.domain.RoutingDecision.LeaveUnassigned;
import io.leadflow.assignment.domain.RoutingDecision.NotRouted;
import io.leadflow.assignment.domain.RoutingDecision.OfferTo;
import io.leadflow.assignment.domain.RoutingDecision.PlaceInHopper;
import io.leadflow.assignment.domain.routing.Acknowledgement;
import io.leadflow.assignment.domain.routing.ConfigurationVersion;
import io.leadflow.assignment.domain.routing.Distribution;
import io.leadflow.assignment.domain.routing.Distributor;
import io.leadflow.assignment.domain.routing.PickSession;
import io.leadflow.assignment.domain.routing.RoutingExplanation;
import io.leadflow.assignment.domain.routing.RoutingSubject;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides where the lead of a newly active response goes. A lead whose owner is not subject to reassignment
 * stays with it; any other goes through the distribute step, to the routing configuration's activation
 * target: a user, a queue, the assignment rules, a distribution rule, the hopper, or the external engine
 * (parked with the temporary owner until the engine moves it).
 */
public class LeadRouter {

    private final RoutingPolicy policy;
    private final Distributor distributor;

    public LeadRouter(RoutingPolicy policy, Distributor distributor) {
        this.policy = policy;
        this.distributor = distributor;
    }

    /** A session for routing a batch of leads live; see {@link PickSession}. */
    public PickSession liveSession() {
        return distributor.liveSession();
    }

    /** Forgets the picks made under these routing keys (by rule): their assignments are stored. */
    public void confirmPicks(Map<String, ? extends Collection<String>> routingKeysByRule) {
        distributor.liveSession().confirm(routingKeysByRule);
    }

    /** Picks made before {@code before} under each of these rules that still wait for confirmation. */
    public Map<String, List<String>> unconfirmedPicks(Collection<String> rules, Instant before) {
        return distributor.liveSession().unconfirmedBefore(rules, before);
    }

    /** A session for previews, never stored. */
    public PickSession previewSession() {
        return distributor.previewSession();
    }

    /** Routes under the session's picks; a live session is stored by the caller once its batch is routed. */
    public RoutingDecision route(Activation activation, ConfigurationVersion configuration, Instant now,
            PickSession session) {
        if (!activation.triggerAssignment()) {
            return new NotRouted(RoutingExplanation.of(
                    "response " + activation.responseId() + " was activated without triggering assignment"));
        }
        Owner current = activation.lead().owner();
        if (!policy.isSubjectToReassignment(current)) {
            return current == null
                    ? new NotRouted(RoutingExplanation.of(
                            "the lead has no owner and unowned leads are not subject to reassignment"))
                    : new KeepOwner(current, RoutingExplanation.of(
                            current.describe() + " is not subject to reassignment and keeps the lead"));
        }
        // Keyed by the assignment: a reactivation takes a turn of its own, a redelivery finds its earlier pick.
        RoutingSubject subject = new RoutingSubject(activation.assignmentId(), activation.leadId(),
                activation.campaignId(), activation.lead());
        Distribution distribution = distributor.distribute(
                configuration.configuration().activationTarget(), subject, configuration, now, session);
        if (distribution instanceof Distribution.ToOwner owner) {
            return assignOrOffer(owner, configuration);
        }
        if (distribution instanceof Distribution.ToHopper hopper) {
            return hopper.owner() == null
                    ? new PlaceInHopper(hopper.explanation())
                    : new Assign(hopper.owner(), AssignmentMethod.HOPPER, true, hopper.explanation());
        }
        if (distribution instanceof Distribution.ToEngine engine) {
            return parkForEngine(activation, current, engine.explanation());
        }
        return new LeaveUnassigned(distribution.explanation());
    }

    /**
     * A user the routing chose is offered the lead when an acknowledgement SLA applies to the rules that chose
     * them; a queue cannot acknowledge, so it is assigned the lead at once.
     */
    private static RoutingDecision assignOrOffer(Distribution.ToOwner owner, ConfigurationVersion configuration) {
        RoutingExplanation why = owner.explanation();
        Optional<Acknowledgement> sla = owner.owner().kind() == OwnerKind.USER
                ? configuration.configuration().acknowledgementFor(why.assignmentRule(), why.distributionRule())
                : Optional.empty();
        return sla.<RoutingDecision>map(acknowledgement -> new OfferTo(owner.owner(), owner.method(), acknowledgement,
                why)).orElseGet(() -> new Assign(owner.owner(), owner.method(), false, why));
    }

    private AwaitEngine parkForEngine(Activation activation, Owner current, RoutingExplanation explanation) {
        Owner temporary = policy.temporaryOwner();
        String subject = current == null ? "the unowned lead" : current.describe();
        return new AwaitEngine(temporary, policy.engineWaitDueAt(activation.occurredAt()),
                explanation.then(subject + " is subject to reassignment; parked with " + temporary.describe()
                        + " for an external engine to route"));
    }
}
