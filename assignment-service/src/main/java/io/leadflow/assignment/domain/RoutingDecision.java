package io.leadflow.assignment.domain;

import java.time.Instant;

/**
 * Where a lead goes when its response becomes active: what {@link LeadRouter} decided, with the reason an
 * operator reads.
 */
public sealed interface RoutingDecision {

    /** The assignment this decision starts for the activation. */
    Assignment start(Activation activation, Instant now);

    /** The lead is not routed at all: nothing is published. */
    record NotRouted(String reason) implements RoutingDecision {

        @Override
        public Assignment start(Activation activation, Instant now) {
            return Assignment.notRouted(activation, reason, now);
        }
    }

    /** The current owner is not subject to reassignment and keeps the lead. */
    record KeepOwner(Owner owner, String reason) implements RoutingDecision {

        @Override
        public Assignment start(Activation activation, Instant now) {
            return Assignment.retained(activation, owner, reason, now);
        }
    }

    /** Park the lead with the temporary owner and wait, until {@code dueAt}, for an external engine to move it. */
    record AwaitEngine(Owner temporaryOwner, Instant dueAt, String reason) implements RoutingDecision {

        @Override
        public Assignment start(Activation activation, Instant now) {
            return Assignment.awaitingEngine(activation, temporaryOwner, dueAt, reason, now);
        }
    }
}
