package io.leadflow.assignment.persistence;

import io.leadflow.assignment.domain.routing.Acknowledgement;
import io.leadflow.assignment.domain.routing.Reassignment;
import io.leadflow.assignment.domain.routing.ReassignmentAlgorithm;
import io.leadflow.assignment.domain.routing.Target;
import io.leadflow.assignment.domain.routing.TargetType;
import java.time.Duration;

/**
 * The acknowledgement SLA an offered assignment follows, as it was when the lead was first offered: durations in
 * milliseconds, so the document reads without converters.
 */
record StoredAcknowledgement(long withinMillis, ReassignmentAlgorithm algorithm, String candidateQuery,
        Integer blastSize, Integer maxAttempts, Long reofferWithinMillis, TargetType finalTargetType,
        String finalTargetId) {

    static StoredAcknowledgement of(Acknowledgement sla) {
        if (sla == null) {
            return null;
        }
        Reassignment reassignment = sla.reassignment();
        return new StoredAcknowledgement(sla.within().toMillis(), reassignment.algorithm(),
                reassignment.candidateQuery(), reassignment.blastSize(), reassignment.maxAttempts(),
                reassignment.within() == null ? null : reassignment.within().toMillis(),
                reassignment.finalTarget().type(), reassignment.finalTarget().id());
    }

    Acknowledgement toAcknowledgement() {
        return new Acknowledgement(Duration.ofMillis(withinMillis), new Reassignment(algorithm, candidateQuery,
                blastSize, maxAttempts, reofferWithinMillis == null ? null : Duration.ofMillis(reofferWithinMillis),
                new Target(finalTargetType, finalTargetId)));
    }
}
