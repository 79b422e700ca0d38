package io.leadflow.reactivation.domain.scenario;

import static io.leadflow.reactivation.domain.scenario.Findings.capitalized;
import static io.leadflow.reactivation.domain.scenario.Findings.isBlank;
import static io.leadflow.reactivation.domain.scenario.Findings.label;

import io.leadflow.criteria.Condition;
import io.leadflow.criteria.Conjunction;
import io.leadflow.criteria.Criteria;
import io.leadflow.criteria.JointMatch;
import io.leadflow.reactivation.domain.scenario.Findings.Entry;
import io.leadflow.reactivation.domain.scenario.ScenarioChecks.StatusSets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks that no event makes two enabled scenarios fire: each would reactivate a response of its own (or insert
 * a default campaign member) for the same lead. Two scenarios of the same trigger overlap when one event can meet
 * both trigger conditions and one lead, as it is after that event, can match both lead criteria (criteria left out
 * match every lead):
 * <ul>
 * <li>SCORE: a score change from low enough to high enough meets any two score conditions, so two SCORE scenarios
 * overlap unless their lead criteria exclude each other (e.g. {@code country IN [US]} and {@code country IN [DE]}),
 * the score after the change being at least each threshold;</li>
 * <li>ACTIVE_STATUS: a status change from an inactive status both list to an active status both list;</li>
 * <li>RESPONSE_PROMPT: a response in a campaign both list (its campaign is the lead's campaignId);</li>
 * <li>INVOCABLE scenarios never overlap: they are invoked by name.</li>
 * </ul>
 * "Exclude each other" is proven by the criteria library's analysis; what it cannot prove counts as overlapping.
 * Each overlapping pair is reported once, at the later scenario. Scenarios without the condition of their trigger,
 * or whose lead criteria have errors, are left out (those are errors of their own).
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
        if (trigger == null || trigger != earlier.value().trigger() || hasInvalidCriteria(earlier)
                || hasInvalidCriteria(later)) {
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

    private boolean hasInvalidCriteria(Entry<Scenario> entry) {
        return entry.value().leadCriteria() != null && findings.hasErrorsAt(entry.path("leadCriteria"));
    }

    private void checkScores(Entry<Scenario> earlier, Entry<Scenario> later) {
        ScoreCondition first = earlier.value().score();
        ScoreCondition second = later.value().score();
        if (first == null || second == null) {
            return;
        }
        List<Condition> event = new ArrayList<>();
        Optional.ofNullable(first.threshold()).map(EventFacts::scoreAtLeast).ifPresent(event::add);
        Optional.ofNullable(second.threshold()).map(EventFacts::scoreAtLeast).ifPresent(event::add);
        JointMatch leads = leadsOfBoth(earlier, later, event);
        if (!leads.possible()) {
            return;
        }
        String overlap = both(earlier, later) + " would both fire on one score change: a change from a low enough"
                + " score to a high enough one meets both conditions";
        findings.error(later.path("score"), limitLeads(earlier, later)
                ? overlap + ", and " + leadClause(leads, event) + "; narrow their lead criteria so that no lead"
                        + " matches both, or keep one of them enabled."
                : overlap + ", and neither has lead criteria to tell their leads apart; give them lead criteria no"
                        + " lead matches both of (e.g. country IN [US] and country IN [DE]), or keep one of them"
                        + " enabled.");
    }

    private void checkStatuses(Entry<Scenario> earlier, Entry<Scenario> later) {
        StatusCondition first = earlier.value().status();
        StatusCondition second = later.value().status();
        if (first == null || second == null) {
            return;
        }
        Optional<String> from = shared(first.inactive(), second.inactive()).stream().findFirst();
        if (from.isEmpty()) {
            return;
        }
        for (String to : shared(first.active(), second.active())) {
            List<Condition> event = EventFacts.in("status", List.of(to));
            JointMatch leads = leadsOfBoth(earlier, later, event);
            if (leads.possible()) {
                String overlap = both(earlier, later) + " would both fire on one status change: a change from '"
                        + from.get() + "' to '" + to + "' meets both conditions";
                findings.error(later.path("status"), limitLeads(earlier, later)
                        ? overlap + ", and " + leadClause(leads, event) + "; list each inactive or each active"
                                + " status in only one of them, narrow their lead criteria so that no lead matches"
                                + " both, or keep one of them enabled."
                        : overlap + "; list each inactive or each active status in only one of them, or keep one of"
                                + " them enabled.");
                return;
            }
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
            if (campaignId.value() == null || !first.campaignIds().contains(campaignId.value())) {
                continue;
            }
            List<Condition> event = EventFacts.in("campaignId", List.of(campaignId.value()));
            JointMatch leads = leadsOfBoth(earlier, later, event);
            if (leads.possible()) {
                String overlap = both(earlier, later) + " would both fire on one response: a response in campaign '"
                        + campaignId.value() + "' meets both conditions";
                findings.error(campaignId.path(), limitLeads(earlier, later)
                        ? overlap + ", and " + leadClause(leads, event) + "; list each response-prompt campaign in"
                                + " one scenario only, or narrow their lead criteria so that no lead matches both."
                        : overlap + "; list each response-prompt campaign in one scenario only.");
                return;
            }
        }
    }

    /** Whether one lead, as it is after an event with the facts {@code event}, can match both lead criteria. */
    private static JointMatch leadsOfBoth(Entry<Scenario> earlier, Entry<Scenario> later, List<Condition> event) {
        List<Criteria> criteria = new ArrayList<>(List.of(earlier.value().effectiveLeadCriteria(),
                later.value().effectiveLeadCriteria()));
        event.forEach(fact -> criteria.add(Criteria.all(fact)));
        return ScenarioChecks.LEADS.jointly(criteria);
    }

    private static boolean limitLeads(Entry<Scenario> earlier, Entry<Scenario> later) {
        return earlier.value().limitsLeads() || later.value().limitsLeads();
    }

    /** A lead both criteria match, in words, leaving out what the event itself says of it. */
    private static String leadClause(JointMatch leads, List<Condition> event) {
        if (leads.example().isEmpty()) {
            return "their lead criteria are too complex to prove that no lead matches both";
        }
        List<Condition> lead = leads.example().get().conditions().stream()
                .filter(condition -> !event.contains(condition)).toList();
        return lead.isEmpty() ? "every such lead matches both lead criteria"
                : "a lead with " + Conjunction.describe(lead) + " matches both lead criteria";
    }

    /** The statuses of {@code second} that {@code first} lists too (ignoring case), in the order of {@code second}. */
    private static List<String> shared(List<String> first, List<String> second) {
        Set<String> normalized = StatusSets.normalized(first);
        return second.stream().filter(status -> !isBlank(status))
                .filter(status -> normalized.contains(StatusSets.normalized(status))).toList();
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
