package io.leadflow.assignment.domain;

import io.leadflow.assignment.domain.routing.Acknowledgement;
import io.leadflow.assignment.domain.routing.RoutingExplanation;
import java.time.Instant;

/**
 * Where a lead goes when its response becomes active: what {@link LeadRouter} decided, with the explanation
 * an operator reads.
 */
public sealed interface RoutingDecision {

    /** The assignment this decision starts for the activation. */
    Assignment start(Activation activation, Instant now);

    /** The lead is not routed at all: nothing is published. */
    record NotRouted(RoutingExplanation explanation) implements RoutingDecision {

        @Override
        public Assignment start(Activation activation, Instant now) {
            return Assignment.notRouted(activation, explanation, now);
        }
    }

    /** The current owner is not subject to reassignment and keeps the lead. */
    record KeepOwner(Owner owner, RoutingExplanation explanation) implements RoutingDecision {

        @Override
        public Assignment start(Activation activation, Instant now) {
            return Assignment.retained(activation, owner, explanation, now);
        }
    }

    /**
     * Park the lead with the temporary owner and wait, until {@code dueAt} (null: with no timeout), for an external
     * engine to move it.
     */
    record AwaitEngine(Owner temporaryOwner, Instant dueAt, RoutingExplanation explanation)
            implements RoutingDecision {

        @Override
        public Assignment start(Activation activation, Instant now) {
            return Assignment.awaitingEngine(activation, temporaryOwner, dueAt, explanation, now);
        }
    }

    /** leadflow's routing decided the owner; {@code hopper} when the lead also waits in the hopper for a claim. */
    record Assign(Owner owner, AssignmentMethod method, boolean hopper, RoutingExplanation explanation)
            implements RoutingDecision {

        @Override
        public Assignment start(Activation activation, Instant now) {
            return Assignment.routed(activation, owner, method, hopper, explanation, now);
        }
    }

    /**
     * leadflow's routing chose a user under an acknowledgement SLA: the lead is offered to them, and is theirs once
     * they acknowledge it.
     */
    record OfferTo(Owner candidate, AssignmentMethod method, Acknowledgement sla, RoutingExplanation explanation)
            implements RoutingDecision {

        @Override
        public Assignment start(Activation activation, Instant now) {
            return Assignment.offered(activation, candidate, method, sla, explanation, now);
        }
    }

    /** The lead waits in the hopper, unassigned, for a user to claim it. */
    record PlaceInHopper(RoutingExplanation explanation) implements RoutingDecision {

        @Override
        public Assignment start(Activation activation, Instant now) {
            return Assignment.inHopper(activation, explanation, now);
        }
    }

    /** Nobody could take the lead; it stays unassigned with the reason recorded. */
    record LeaveUnassigned(RoutingExplanation explanation) implements RoutingDecision {

        @Override
        public Assignment start(Activation activation, Instant now) {
            return Assignment.unassigned(activation, explanation, now);
        }
    }
}
