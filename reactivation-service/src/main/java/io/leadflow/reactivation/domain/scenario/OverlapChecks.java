package io.leadflow.reactivation.domain.scenario;

import static io.leadflow.reactivation.domain.scenario.Findings.capitalized;
import static io.leadflow.reactivation.domain.scenario.Findings.isBlank;
import static io.leadflow.reactivation.domain.scenario.Findings.label;

import io.leadflow.reactivation.domain.scenario.Findings.Entry;
import io.leadflow.reactivation.domain.scenario.ScenarioChecks.StatusSets;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks that no event makes two enabled scenarios fire: each would reactivate a response of its own (or insert
 * a default campaign member) for the same lead. Two SCORE scenarios always overlap, since a score change from
 * low enough to high enough meets both; two ACTIVE_STATUS scenarios overlap when a status change from an
 * inactive status both list to an active status both list meets both; two RESPONSE_PROMPT scenarios overlap
 * when they list the same campaign. INVOCABLE scenarios never overlap: they are invoked by name. Each overlapping
 * pair is reported once, at the later scenario. Scenarios without the condition of their trigger are left out
 * (that is an error of its own).
 */
final class OverlapChecks {

    private final Findings findings;

    OverlapChecks(Findings findings) {
        this.findings = findings;
    }

    void check(List<Entry<Scenario>> scenarios) {
        List<Entry<Scenario>> enabled = scenarios.stream().filter(entry -> entry.value().isEnabled()).toList();
        for (int later = 1; later < enabled.size(); later++) {
            for (int earlier = 0; earlier < later; earlier++) {
                check(enabled.get(earlier), enabled.get(later));
            }
        }
    }

    private void check(Entry<Scenario> earlier, Entry<Scenario> later) {
        TriggerType trigger = later.value().trigger();
        if (trigger == null || trigger != earlier.value().trigger()) {
            return;
        }
        switch (trigger) {
            case SCORE -> checkScores(earlier, later);
            case ACTIVE_STATUS -> checkStatuses(earlier, later);
            case RESPONSE_PROMPT -> checkPrompts(earlier, later);
            case INVOCABLE -> {
                // Invoked by name: one invocation runs one scenario.
            }
        }
    }

    private void checkScores(Entry<Scenario> earlier, Entry<Scenario> later) {
        if (earlier.value().score() != null && later.value().score() != null) {
            findings.error(later.path("score"), both(earlier, later) + " would both fire on one score change: two"
                    + " enabled SCORE scenarios always overlap, since a change from a low enough score to a high"
                    + " enough one meets both conditions; keep one of them enabled.");
        }
    }

    private void checkStatuses(Entry<Scenario> earlier, Entry<Scenario> later) {
        StatusCondition first = earlier.value().status();
        StatusCondition second = later.value().status();
        if (first == null || second == null) {
            return;
        }
        Optional<String> from = shared(first.inactive(), second.inactive());
        Optional<String> to = shared(first.active(), second.active());
        if (from.isPresent() && to.isPresent()) {
            findings.error(later.path("status"), both(earlier, later) + " would both fire on one status change:"
                    + " a change from '" + from.get() + "' to '" + to.get() + "' meets both conditions; list each"
                    + " inactive or each active status in only one of them, or keep one of them enabled.");
        }
    }

    private void checkPrompts(Entry<Scenario> earlier, Entry<Scenario> later) {
        PromptCondition first = earlier.value().responsePrompt();
        PromptCondition second = later.value().responsePrompt();
        if (first == null || second == null) {
            return;
        }
        for (Entry<String> campaignId : Findings.entries(later.path("responsePrompt.campaignIds"),
                second.campaignIds())) {
            if (campaignId.value() != null && first.campaignIds().contains(campaignId.value())) {
                findings.error(campaignId.path(), both(earlier, later) + " would both fire on one response: a"
                        + " response in campaign '" + campaignId.value() + "' meets both conditions; list each"
                        + " response-prompt campaign in one scenario only.");
                return;
            }
        }
    }

    /** The first status of {@code second} that {@code first} lists too (ignoring case). */
    private static Optional<String> shared(List<String> first, List<String> second) {
        Set<String> normalized = StatusSets.normalized(first);
        return second.stream().filter(status -> !isBlank(status))
                .filter(status -> normalized.contains(StatusSets.normalized(status))).findFirst();
    }

    /** "Scenarios 'A' (scenarios[0]) and 'B' (scenarios[2])"; a scenario without a name is named by its path. */
    private static String both(Entry<Scenario> earlier, Entry<Scenario> later) {
        if (isBlank(earlier.value().name()) || isBlank(later.value().name())) {
            return capitalized(label("scenario", earlier.value().name(), earlier.path())) + " and "
                    + label("scenario", later.value().name(), later.path());
        }
        return "Scenarios '" + earlier.value().name() + "' (" + earlier.path() + ") and '" + later.value().name()
                + "' (" + later.path() + ")";
    }
}
