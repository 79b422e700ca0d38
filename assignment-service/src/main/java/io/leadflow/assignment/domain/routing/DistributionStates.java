package io.leadflow.assignment.domain.routing;

/** Where distribution rules keep their state, shared by every instance of the service. */
public interface DistributionStates {

    /** The rule's state; {@link DistributionState#empty} when it never picked anyone. */
    DistributionState load(String rule);

    /**
     * Replaces {@code read} by {@code next} if nobody replaced it since it was read. False when somebody did:
     * read again and pick again.
     */
    boolean replace(DistributionState read, DistributionState next);
}
