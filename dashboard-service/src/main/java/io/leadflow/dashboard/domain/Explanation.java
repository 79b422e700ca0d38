package io.leadflow.dashboard.domain;

import java.util.List;

/**
 * Why a lead went where it went, as assignment-service explained it on {@code lead.assigned}.
 *
 * @param configurationVersion the routing configuration version that decided; null when unknown
 * @param assignmentRule the assignment rule that matched ({@code catch-all} included); null when none did
 * @param distributionRule the distribution rule that picked the member; null when none did
 * @param steps the routing trace, in order
 * @param candidates the members the distribution rule considered, in the rule's order
 */
public record Explanation(String summary, Long configurationVersion, String assignmentRule, String distributionRule,
        List<String> steps, List<Candidate> candidates) {

    public Explanation {
        steps = List.copyOf(steps);
        candidates = List.copyOf(candidates);
    }

    /** What older writers (schema v1) leave us: the one-line reason and nothing else. */
    public static Explanation summaryOnly(String summary) {
        return new Explanation(summary, null, null, null, List.of(), List.of());
    }
}
