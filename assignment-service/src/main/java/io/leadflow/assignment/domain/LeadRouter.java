package io.leadflow.assignment.domain;

import io.leadflow.assignment.domain.RoutingDecision.AwaitEngine;
import io.leadflow.assignment.domain.RoutingDecision.KeepOwner;
import io.leadflow.assignment.domain.RoutingDecision.NotRouted;

/**
 * Decides where the lead of a newly active response goes. Today it knows two outcomes: the current owner
 * keeps the lead, or the lead is parked with a temporary owner for an external engine (such as Matchmaker)
 * to route. Assignment rules and distribution (round robin, weighted, load balanced) become further
 * {@link RoutingDecision}s here.
 */
public class LeadRouter {

    private final RoutingPolicy policy;

    public LeadRouter(RoutingPolicy policy) {
        this.policy = policy;
    }

    public RoutingDecision route(Activation activation) {
        if (!activation.triggerAssignment()) {
            return new NotRouted("response " + activation.responseId() + " was activated without triggering assignment");
        }
        Owner current = activation.lead().owner();
        if (!policy.isSubjectToReassignment(current)) {
            return current == null
                    ? new NotRouted("the lead has no owner and unowned leads are not subject to reassignment")
                    : new KeepOwner(current, current.describe() + " is not subject to reassignment and keeps the lead");
        }
        Owner temporary = policy.temporaryOwner();
        String subject = current == null ? "the unowned lead" : current.describe();
        return new AwaitEngine(temporary, activation.occurredAt().plus(policy.engineWaitTimeout()),
                subject + " is subject to reassignment; parked with " + temporary.describe()
                        + " for an external engine to route");
    }
}
