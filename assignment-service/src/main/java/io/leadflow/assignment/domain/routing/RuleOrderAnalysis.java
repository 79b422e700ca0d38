package io.leadflow.assignment.domain.routing;

import static io.leadflow.assignment.domain.routing.Findings.capitalized;

import io.leadflow.criteria.Condition;
import io.leadflow.criteria.Conjunction;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds assignment rules that can never match, because their criteria contradict themselves or because an
 * earlier rule takes every lead they could match, and reachable rules that compete for the same leads. A rule
 * is reported unreachable only when that is proven; rules overlap unless proven not to.
 */
final class RuleOrderAnalysis {

    /**
     * An assignment rule whose criteria are valid, ready for the analysis.
     *
     * @param label how messages name it, e.g. "assignment rule 'Enterprise'"
     */
    record AnalyzedRule(String path, String label, Target target, List<Conjunction> alternatives) {

        boolean matchesEveryLead() {
            return alternatives.stream().anyMatch(Conjunction::matchesEveryLead);
        }
    }

    private final Territories territories;
    private final Findings findings;

    RuleOrderAnalysis(Territories territories, Findings findings) {
        this.territories = territories;
        this.findings = findings;
    }

    /** Reports unreachable and overlapping rules; returns the first rule that matches every lead, if one does. */
    Optional<AnalyzedRule> analyze(List<AnalyzedRule> rules) {
        List<AnalyzedRule> reachable = new ArrayList<>();
        for (AnalyzedRule rule : rules) {
            List<Conjunction> possible = rule.alternatives().stream()
                    .filter(alternative -> alternative.contradiction(territories).isEmpty()).toList();
            if (possible.isEmpty()) {
                reportContradiction(rule);
                continue;
            }
            Optional<AnalyzedRule> shadowing = reachable.stream().filter(earlier -> possible.stream()
                    .allMatch(alternative -> earlier.alternatives().stream().anyMatch(alternative::implies)))
                    .findFirst();
            if (shadowing.isPresent()) {
                reportShadowed(rule, shadowing.get());
                continue;
            }
            // A rule for every lead is put last on purpose, as a fallback: that the rules before it win is no news.
            if (!rule.matchesEveryLead()) {
                reachable.stream().filter(earlier -> !Objects.equals(earlier.target(), rule.target()))
                        .forEach(earlier -> reportOverlap(earlier, rule, possible));
            }
            reachable.add(new AnalyzedRule(rule.path(), rule.label(), rule.target(), possible));
        }
        return reachable.stream().filter(AnalyzedRule::matchesEveryLead).findFirst();
    }

    private void reportContradiction(AnalyzedRule rule) {
        List<Condition> conflicting = rule.alternatives().get(0).contradiction(territories).orElseThrow();
        String why = Conjunction.describe(conflicting) + " cannot "
                + (conflicting.size() == 1 ? "hold" : conflicting.size() == 2 ? "both hold" : "all hold");
        findings.error(rule.path() + ".criteria", capitalized(rule.label()) + " can never match: "
                + (rule.alternatives().size() == 1 ? why
                        : "none of its " + rule.alternatives().size() + " alternatives can hold, e.g. " + why)
                + ". Fix its criteria or remove it.");
    }

    private void reportShadowed(AnalyzedRule rule, AnalyzedRule earlier) {
        findings.error(rule.path(), capitalized(rule.label()) + " can never match: the earlier " + earlier.label()
                + (earlier.matchesEveryLead()
                        ? " matches every lead. Move it before " + earlier.label() + " or remove it."
                        : " already takes every lead it could match. Move it before " + earlier.label()
                                + ", narrow that rule, or remove it."));
    }

    private void reportOverlap(AnalyzedRule earlier, AnalyzedRule rule, List<Conjunction> possible) {
        earlier.alternatives().stream()
                .flatMap(first -> possible.stream().map(first::and))
                .filter(both -> both.contradiction(territories).isEmpty())
                .findFirst()
                .ifPresent(both -> findings.warning(rule.path(), capitalized(rule.label()) + " overlaps the earlier "
                        + earlier.label() + ": a lead with " + both.describe() + " matches both, and "
                        + earlier.label() + " wins because it comes first. Move " + rule.label()
                        + " before it if it should win, or narrow one of them."));
    }
}
