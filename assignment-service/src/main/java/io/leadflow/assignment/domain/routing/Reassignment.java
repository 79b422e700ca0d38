package io.leadflow.assignment.domain.routing;

import java.time.Duration;

/**
 * How a lead whose offer expired is offered again (the seed's Reassignment Interface and algorithms): the
 * candidates come from a named candidate query, ordered by it; the algorithm decides how many of them are
 * offered the lead and how often; when nobody acknowledges, the final target gets it.
 *
 * @param candidateQuery the name of a {@link CandidateQuery} of the configuration
 * @param blastSize BLAST: how many candidates are offered the lead at once (null: {@value #DEFAULT_BLAST_SIZE})
 * @param maxAttempts ROUND_ROBIN: how many candidates are offered the lead one after the other before the
 *     final target gets it (null: {@value #DEFAULT_MAX_ATTEMPTS}); SINGLE and BLAST make one attempt
 * @param within how long each reassignment offer lasts (null: as long as the first offer)
 * @param finalTarget who gets the lead when the last offer expired or nobody is left to offer it to: a USER, a
 *     QUEUE or the HOPPER
 */
public record Reassignment(ReassignmentAlgorithm algorithm, String candidateQuery, Integer blastSize,
        Integer maxAttempts, Duration within, Target finalTarget) {

    public static final int DEFAULT_BLAST_SIZE = 3;
    public static final int DEFAULT_MAX_ATTEMPTS = 3;

    /** How many reassignment rounds are made before the final target gets the lead. */
    public int attempts() {
        return algorithm == ReassignmentAlgorithm.ROUND_ROBIN
                ? maxAttempts == null ? DEFAULT_MAX_ATTEMPTS : maxAttempts
                : 1;
    }

    /** How many candidates each reassignment round offers the lead to. */
    public int candidatesPerAttempt() {
        return algorithm == ReassignmentAlgorithm.BLAST ? blastSize == null ? DEFAULT_BLAST_SIZE : blastSize : 1;
    }
}
