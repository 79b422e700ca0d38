package io.leadflow.assignment.domain.routing;

/** How a distribution rule picks the member who gets the next lead. */
public enum DistributionMethod {
    /** In the members' order, each in turn. */
    ROUND_ROBIN,
    /** In proportion to the members' weights, deterministically (a weight of 3 gets three leads to a 1's one). */
    WEIGHTED,
    /** The member with the fewest open leads, known from lead events. */
    LOAD_BALANCED
}
