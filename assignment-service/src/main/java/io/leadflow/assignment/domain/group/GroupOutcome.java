package io.leadflow.assignment.domain.group;

import io.leadflow.assignment.domain.Assignment;

/** What sending a lead to a reassignment group did. */
public sealed interface GroupOutcome {

    /** The distribution started (the lead is offered to a member, and locked), or ended at once with the default. */
    record Started(Assignment assignment) implements GroupOutcome {
    }

    /** Only the primary agent can be replaced through a reassignment group. */
    record NotPrimaryAgent(String role) implements GroupOutcome {
    }

    record UnknownGroup(String name) implements GroupOutcome {
    }

    /** The group is not Available To the caller's user group. */
    record NotAvailable(String name) implements GroupOutcome {
    }

    /** leadflow has never routed this lead, so it knows nothing to reassign. */
    record UnknownLead(String leadId) implements GroupOutcome {
    }

    /** A group distribution of the lead is in progress: its primary agent is locked. */
    record Locked(LeadLocks.Lock lock) implements GroupOutcome {
    }
}
