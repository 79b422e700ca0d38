package io.leadflow.assignment.domain.routing;

import io.leadflow.criteria.Criteria;
import io.leadflow.criteria.Match;

/**
 * An entry of the ordered assignment rules: leads matching {@code criteria} go to {@code target} (a user, a
 * queue, the external engine, a distribution rule or the hopper).
 *
 * @param criteria null or empty matches every lead
 */
public record AssignmentRule(String name, Criteria criteria, Target target) {

    public Criteria effectiveCriteria() {
        return criteria == null ? new Criteria(Match.ALL, null, null) : criteria;
    }
}
