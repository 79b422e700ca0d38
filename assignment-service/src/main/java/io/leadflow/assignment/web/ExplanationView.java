package io.leadflow.assignment.web;

import io.leadflow.assignment.domain.routing.Candidate;
import io.leadflow.assignment.domain.routing.CandidateVerdict;
import io.leadflow.assignment.domain.routing.RoutingExplanation;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * Why a lead went where it went, as the API shows it.
 *
 * @param summary one sentence
 * @param configurationVersion the routing configuration version that decided (null: none was involved)
 * @param assignmentRule the assignment rule that matched (null when none was involved)
 * @param distributionRule the distribution rule that picked the owner (null when none was involved)
 * @param steps the routing trace, in order
 * @param candidates every member the distribution rule considered, in the rule's order
 */
@Schema(name = "RoutingExplanation")
record ExplanationView(String summary, Long configurationVersion, String assignmentRule, String distributionRule,
        List<String> steps, List<CandidateView> candidates) {

    /** One member a distribution rule considered for the lead, and why it was or was not them. */
    @Schema(name = "Candidate")
    record CandidateView(String userId, String name, CandidateVerdict verdict, String detail) {

        static CandidateView of(Candidate candidate) {
            return new CandidateView(candidate.userId(), candidate.name(), candidate.verdict(), candidate.detail());
        }
    }

    static ExplanationView of(RoutingExplanation explanation) {
        return explanation == null ? null : new ExplanationView(explanation.summary(),
                explanation.configurationVersion(), explanation.assignmentRule(), explanation.distributionRule(),
                explanation.steps(), explanation.candidates().stream()
                        .map(CandidateView::of).toList());
    }
}
