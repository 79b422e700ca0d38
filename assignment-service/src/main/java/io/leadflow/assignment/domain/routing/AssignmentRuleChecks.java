package io.leadflow.assignment.domain.routing;

import static io.leadflow.assignment.domain.routing.Findings.capitalized;
import static io.leadflow.assignment.domain.routing.Findings.isBlank;
import static io.leadflow.assignment.domain.routing.Findings.label;

import io.leadflow.assignment.domain.routing.Findings.Entry;
import io.leadflow.assignment.domain.routing.RuleOrderAnalysis.AnalyzedRule;
import io.leadflow.criteria.Alternatives;
import io.leadflow.criteria.ConditionChecks;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Checks the assignment rules one by one, then their order. */
final class AssignmentRuleChecks {

    private final RoutingConfiguration configuration;
    private final Findings findings;
    private final TargetChecks targets;

    AssignmentRuleChecks(RoutingConfiguration configuration, Findings findings, TargetChecks targets) {
        this.configuration = configuration;
        this.findings = findings;
        this.targets = targets;
    }

    /** Reports what is wrong with the rules; returns the first rule that matches every lead, if one does. */
    Optional<AnalyzedRule> check() {
        List<Entry<AssignmentRule>> rules = findings.entries("assignmentRules", configuration.assignmentRules(),
                "This assignment rule entry is empty; remove it or fill it in.");
        findings.unique(rules, "name", AssignmentRule::name, (rule, first) -> "Assignment rule name '" + rule.name()
                + "' is used twice (first at " + first + "); rename one of them so routing explanations are clear.");
        ConditionChecks conditions = new ConditionChecks(new RoutingFields(configuration), findings::error);
        List<AnalyzedRule> analyzable = new ArrayList<>();
        for (Entry<AssignmentRule> entry : rules) {
            AssignmentRule rule = entry.value();
            String label = label("assignment rule", rule.name(), entry.path());
            if (isBlank(rule.name())) {
                findings.error(entry.path("name"),
                        "An assignment rule has no name; name it so routing explanations can refer to it.");
            }
            if (rule.target() == null) {
                findings.error(entry.path("target"), capitalized(label) + " has no target; set where its leads go.");
            } else {
                targets.check(entry.path("target"), rule.target(), "The target of " + label, false);
            }
            if (rule.criteria() != null) {
                conditions.check(entry.path("criteria"), rule.criteria(), capitalized(label));
            }
            // Only criteria that can be evaluated can be reasoned about; beyond the bound the rule is left out.
            if (!findings.hasErrorsAt(entry.path("criteria"))) {
                Alternatives.of(rule.effectiveCriteria()).ifPresent(alternatives -> analyzable.add(
                        new AnalyzedRule(entry.path(), label, rule.target(), alternatives)));
            }
        }
        return new RuleOrderAnalysis(new Territories(configuration.regions()), findings).analyze(analyzable);
    }
}
