package io.leadflow.assignment.domain.load;

import io.leadflow.assignment.domain.Assignment;
import io.leadflow.assignment.domain.LeadStatusChange;
import io.leadflow.assignment.domain.OwnerChange;
import io.leadflow.assignment.domain.RoutingPolicy;
import io.leadflow.assignment.domain.routing.LeadLoads;
import java.util.List;

/**
 * Feeds the load facts load-balanced routing reads: who owns which open lead (from leadflow's own assignments
 * and from owner changes), which leads are closed (status changes), and who owns which open opportunity. Each
 * fact only moves forward in time (see {@link LeadLoads}), so redeliveries and out-of-order events converge.
 */
public class LoadProjection {

    private final RoutingPolicy policy;
    private final LeadLoads leadLoads;

    public LoadProjection(RoutingPolicy policy, LeadLoads leadLoads) {
        this.policy = policy;
        this.leadLoads = leadLoads;
    }

    /** Leads' owners changed: each lead counts towards its new owner's load. */
    public void ownersChanged(List<OwnerChange> changes) {
        leadLoads.ownersChanged(changes.stream()
                .map(change -> new LeadLoads.OwnedLead(change.leadId(), change.newOwner().id(), change.occurredAt()))
                .toList());
    }

    /** Assignments reached their final owner: each lead counts towards that owner's load, as of its assignment. */
    public void assigned(List<Assignment> assigned) {
        leadLoads.ownersChanged(assigned.stream()
                .map(assignment -> new LeadLoads.OwnedLead(
                        assignment.leadId(), assignment.finalOwner().id(), assignment.assignedAt()))
                .toList());
    }

    /** Leads' statuses changed: an open lead counts towards its owner's load, a closed one no longer does. */
    public void statusesChanged(List<LeadStatusChange> changes) {
        leadLoads.statusesChanged(changes.stream()
                .map(change -> new LeadLoads.LeadStatus(change.leadId(), !policy.isClosedStatus(change.status()),
                        change.occurredAt()))
                .toList());
    }

    /** Opportunities changed: an open one counts towards its owner's load, a closed one no longer does. */
    public void opportunitiesChanged(List<LeadLoads.Opportunity> opportunities) {
        leadLoads.opportunitiesChanged(opportunities);
    }
}
