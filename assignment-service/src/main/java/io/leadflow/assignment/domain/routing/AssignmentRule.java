package io.leadflow.assignment.domain.routing;

import io.leadflow.criteria.Criteria;
import io.leadflow.criteria.Match;

/**
 * An entry of the ordered assignment rules: leads matching {@code criteria} go to {@code target} (a user, a
 * queue, the external engine, a distribution rule or the hopper).
 *
 * @param criteria null or empty matches every lead
 * @param acknowledgement the acknowledgement SLA of the leads this rule sends to a user, unless a distribution
 *     rule they go through has its own (null: the configuration's, if any)
 */
public record AssignmentRule(String name, Criteria criteria, Target target, Acknowledgement acknowledgement) {

    /** A rule without an acknowledgement SLA of its own. */
    public AssignmentRule(String name, Criteria criteria, Target target) {
        this(name, criteria, target, null);
    }

    public Criteria effectiveCriteria() {
        return criteria == null ? new Criteria(Match.ALL, null, null) : criteria;
    }
}
