package io.leadflow.dashboard.web;

import io.leadflow.dashboard.domain.Assignment;
import io.leadflow.dashboard.domain.Explanation;
import java.util.List;

/** One assignment with the whole explanation of its routing. */
record AssignmentDetailView(AssignmentRow assignment, String responseId, String offerId, ExplanationView explanation) {

    record ExplanationView(String summary, Long configurationVersion, String assignmentRule, String distributionRule,
            List<String> steps, List<CandidateView> candidates) {
    }

    record CandidateView(String userId, String name, String verdict, String detail) {
    }

    static AssignmentDetailView of(Assignment assignment) {
        Explanation explanation = assignment.explanation();
        return new AssignmentDetailView(AssignmentRow.of(assignment), assignment.responseId(), assignment.offerId(),
                new ExplanationView(explanation.summary(), explanation.configurationVersion(),
                        explanation.assignmentRule(), explanation.distributionRule(), explanation.steps(),
                        explanation.candidates().stream().map(candidate -> new CandidateView(candidate.userId(),
                                candidate.name(), candidate.verdict(), candidate.detail())).toList()));
    }
}
