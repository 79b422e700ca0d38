package io.leadflow.assignment.domain.routing;

/**
 * A user in a distribution rule's pool.
 *
 * @param weight share of the leads for WEIGHTED rules (null: 1); other methods ignore it
 * @param cap most leads this member gets from the rule per {@link DistributionRule#capPeriod()} (null: no cap)
 */
public record Member(String userId, Integer weight, Integer cap) {

    public static Member of(String userId) {
        return new Member(userId, null, null);
    }

    public int effectiveWeight() {
        return weight == null ? 1 : weight;
    }
}
