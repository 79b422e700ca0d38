package io.leadflow.assignment.domain.reassignment;

import java.util.List;

/**
 * A person asks that leads be reassigned: each to a user, or to whom a distribution rule or a candidate query
 * picks for it.
 *
 * @param requestId names the request: a repeat with the same id (a retried call) reassigns nothing again
 * @param target a user id, a distribution rule's name or a candidate query's name, as {@code kind} says
 * @param requestedBy who asked (shown in the explanation)
 * @param note why, in their words (optional)
 */
public record ReassignmentRequest(String requestId, List<String> leadIds, Kind kind, String target,
        String requestedBy, String note) {

    public ReassignmentRequest {
        leadIds = List.copyOf(leadIds);
    }

    /** What the target names. */
    public enum Kind {
        USER,
        DISTRIBUTION_RULE,
        CANDIDATE_QUERY
    }
}
