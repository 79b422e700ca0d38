package io.leadflow.assignment.domain.routing;

import io.leadflow.assignment.domain.routing.RuleOrderAnalysis.AnalyzedRule;
import java.util.Optional;

/**
 * Checks a routing configuration before it is saved. Configurations arrive as JSON, where anything may be
 * missing, so the model accepts them leniently and this reports every problem, each with the JSON path of the
 * offending element and a message saying what to do. Errors refuse the configuration; warnings do not.
 */
public final class ConfigurationValidator {

    private ConfigurationValidator() {
    }

    public static Validation validate(RoutingConfiguration configuration) {
        Findings findings = new Findings();
        if (configuration == null) {
            findings.error("", "The routing configuration is empty; send at least its activation target.");
            return findings.validation();
        }
        TargetChecks targets = new TargetChecks(configuration, findings);
        new DirectoryChecks(configuration, findings).check();
        if (configuration.activationTarget() == null) {
            findings.error("activationTarget", "The activation target is missing; set where the leads of newly"
                    + " active responses go, e.g. ASSIGNMENT_RULES or EXTERNAL_ENGINE.");
        } else {
            targets.check("activationTarget", configuration.activationTarget(), "The activation target", true);
        }
        new DistributionRuleChecks(configuration, findings, targets).check();
        Optional<AnalyzedRule> forEveryLead = new AssignmentRuleChecks(configuration, findings, targets).check();
        new AcknowledgementChecks(configuration, findings, targets).check();
        checkCatchAll(configuration, findings, targets, forEveryLead);
        return findings.validation();
    }

    private static void checkCatchAll(RoutingConfiguration configuration, Findings findings, TargetChecks targets,
            Optional<AnalyzedRule> forEveryLead) {
        Target catchAll = configuration.catchAll();
        if (catchAll != null) {
            targets.check("catchAll", catchAll, "The catch-all", false);
            forEveryLead.ifPresent(rule -> findings.warning("catchAll", "The catch-all never applies: "
                    + rule.label() + " matches every lead. Remove the catch-all, or give that rule criteria."));
            return;
        }
        Target activation = configuration.activationTarget();
        if (activation == null || activation.type() != TargetType.ASSIGNMENT_RULES) {
            return;
        }
        if (configuration.assignmentRules().isEmpty()) {
            findings.error("activationTarget", "The activation target is ASSIGNMENT_RULES, but there are no"
                    + " assignment rules and no catch-all, so every lead would stay unassigned; add assignment rules"
                    + " or a catch-all, or choose another activation target.");
        } else if (forEveryLead.isEmpty()) {
            findings.warning("catchAll", "There is no catch-all, so leads that match no assignment rule stay"
                    + " unassigned; set a catch-all target, e.g. a queue.");
        }
    }
}
