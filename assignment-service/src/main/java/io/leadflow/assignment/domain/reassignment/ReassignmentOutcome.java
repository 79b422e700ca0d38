package io.leadflow.assignment.domain.reassignment;

import io.leadflow.assignment.domain.Assignment;
import io.leadflow.assignment.domain.group.LeadLocks;

/** What a manual reassignment did for one lead. */
public sealed interface ReassignmentOutcome {

    String leadId();

    /** The lead has its new owner ({@code assignment}: the new round); also for a repeated request. */
    record Reassigned(String leadId, Assignment assignment) implements ReassignmentOutcome {
    }

    /** The target could not take the lead (e.g. everyone in the rule is away); the lead keeps its owner. */
    record NotReassigned(String leadId, String reason) implements ReassignmentOutcome {
    }

    /** A reassignment group distribution of the lead is in progress: its primary agent is locked. */
    record Locked(String leadId, LeadLocks.Lock lock) implements ReassignmentOutcome {
    }

    /** leadflow has never routed this lead, so it knows nothing to reassign. */
    record UnknownLead(String leadId) implements ReassignmentOutcome {
    }
}
