package io.leadflow.assignment.domain.routing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Why a lead went where it went, so an operator can answer "why did this lead go to her?".
 *
 * @param summary one sentence
 * @param configurationVersion the routing configuration version that decided (null: none was involved)
 * @param assignmentRule the assignment rule that matched (null when none was involved)
 * @param distributionRule the distribution rule that picked the owner (null when none was involved)
 * @param steps the routing trace, in order
 * @param candidates every member the distribution rule considered, in the rule's order
 */
public record RoutingExplanation(String summary, Long configurationVersion, String assignmentRule,
        String distributionRule, List<String> steps, List<Candidate> candidates) {

    public RoutingExplanation {
        steps = steps == null ? List.of() : List.copyOf(steps);
        candidates = candidates == null ? List.of() : List.copyOf(candidates);
    }

    /** An explanation that is just its sentence: a decision no rule took part in. */
    public static RoutingExplanation of(String summary) {
        return new RoutingExplanation(summary, null, null, null, List.of(summary), List.of());
    }

    /** The same explanation, with a further step that becomes the summary (e.g. the engine's answer). */
    public RoutingExplanation then(String step) {
        List<String> more = new ArrayList<>(steps);
        more.add(step);
        return new RoutingExplanation(step, configurationVersion, assignmentRule, distributionRule,
                Collections.unmodifiableList(more), candidates);
    }
}
