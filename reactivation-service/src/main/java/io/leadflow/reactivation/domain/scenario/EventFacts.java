package io.leadflow.reactivation.domain.scenario;

import static io.leadflow.reactivation.domain.scenario.Findings.isBlank;

import io.leadflow.criteria.Condition;
import io.leadflow.criteria.Operator;
import java.util.List;

/**
 * What a lead is known to be right after the event of a scenario, in the criteria language: lead criteria are
 * evaluated then, so they can only match leads that also satisfy these. A SCORE scenario with a threshold: the
 * score is at least the threshold; ACTIVE_STATUS: the status is one of the active ones; RESPONSE_PROMPT: the
 * campaign is one of the prompt campaigns.
 */
final class EventFacts {

    private EventFacts() {
    }

    static List<Condition> of(Scenario scenario) {
        if (scenario.trigger() == null) {
            return List.of();
        }
        return switch (scenario.trigger()) {
            case SCORE -> scenario.score() == null || scenario.score().threshold() == null ? List.of()
                    : List.of(scoreAtLeast(scenario.score().threshold()));
            case ACTIVE_STATUS -> scenario.status() == null ? List.of() : in("status", scenario.status().active());
            case RESPONSE_PROMPT -> scenario.responsePrompt() == null ? List.of()
                    : in("campaignId", scenario.responsePrompt().campaignIds());
            case INVOCABLE -> List.of();
        };
    }

    static Condition scoreAtLeast(int threshold) {
        return Condition.of("score", Operator.AT_LEAST, String.valueOf(threshold));
    }

    /** {@code field IN [values]}, the blank values left out; nothing when none is left. */
    static List<Condition> in(String field, List<String> values) {
        List<String> given = values.stream().filter(value -> !isBlank(value)).toList();
        return given.isEmpty() ? List.of() : List.of(new Condition(field, Operator.IN, given));
    }
}
