package io.leadflow.dashboard.domain;

import java.time.Instant;

/**
 * A lead's owner became final ({@code lead.assigned}).
 *
 * @param lead the lead as a manager recognises it: name and company, as far as the event tells
 * @param method how the owner was decided (ROUND_ROBIN, HOPPER_CLAIM, ...), as the event names it
 * @param offerId the acknowledged offer that made the owner final; null when the lead was not offered
 */
public record Assignment(String eventId, String leadId, String lead, String responseId, Person owner, String method,
        String reason, Instant assignedAt, long timeToAssignMillis, String offerId, Explanation explanation) {

    /** The rule to show: the distribution rule that picked the owner, else the assignment rule that matched. */
    public String rule() {
        if (explanation.distributionRule() != null) {
            return explanation.distributionRule();
        }
        return explanation.assignmentRule();
    }

    public boolean acknowledgedOffer() {
        return offerId != null;
    }
}
