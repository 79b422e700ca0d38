package io.leadflow.assignment.persistence;

import io.leadflow.assignment.domain.routing.Candidate;
import io.leadflow.assignment.domain.routing.CandidateVerdict;
import io.leadflow.assignment.domain.routing.RoutingExplanation;
import java.util.List;

/**
 * A routing explanation as stored in an assignment: the same fields as the domain's, kept apart so the domain
 * can change without changing the documents already stored. Lists missing from a document read as empty.
 */
record StoredExplanation(String summary, Long configurationVersion, String assignmentRule,
        String distributionRule, List<String> steps, List<StoredCandidate> candidates) {

    /** One member a distribution rule considered, as stored. */
    record StoredCandidate(String userId, String name, CandidateVerdict verdict, String detail) {
    }

    static StoredExplanation of(RoutingExplanation explanation) {
        return explanation == null ? null : new StoredExplanation(explanation.summary(),
                explanation.configurationVersion(), explanation.assignmentRule(), explanation.distributionRule(),
                explanation.steps(), explanation.candidates().stream()
                        .map(candidate -> new StoredCandidate(candidate.userId(), candidate.name(),
                                candidate.verdict(), candidate.detail()))
                        .toList());
    }

    RoutingExplanation toExplanation() {
        return new RoutingExplanation(summary, configurationVersion, assignmentRule, distributionRule, steps,
                candidates == null ? null : candidates.stream()
                        .map(stored -> new Candidate(stored.userId(), stored.name(), stored.verdict(), stored.detail()))
                        .toList());
    }
}
