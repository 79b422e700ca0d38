package io.leadflow.assignment.domain.routing;

import static io.leadflow.assignment.domain.routing.Findings.capitalized;
import static io.leadflow.assignment.domain.routing.Findings.isBlank;
import static io.leadflow.assignment.domain.routing.Findings.label;

import io.leadflow.assignment.domain.routing.Findings.Entry;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/** Checks the distribution rules: their pools, the members' weights and caps, and where they overflow to. */
final class DistributionRuleChecks {

    private final RoutingConfiguration configuration;
    private final Findings findings;
    private final TargetChecks targets;

    DistributionRuleChecks(RoutingConfiguration configuration, Findings findings, TargetChecks targets) {
        this.configuration = configuration;
        this.findings = findings;
        this.targets = targets;
    }

    void check() {
        List<Entry<DistributionRule>> rules = findings.entries("distributionRules", configuration.distributionRules(),
                "This distribution rule entry is empty; remove it or fill it in.");
        findings.unique(rules, "name", DistributionRule::name, (rule, first) -> "Distribution rule name '"
                + rule.name() + "' is used twice (first at " + first + "); rename one of them: targets only ever"
                + " reach the first.");
        for (Entry<DistributionRule> entry : rules) {
            checkRule(entry);
        }
        checkOverflowCycles(rules);
    }

    private void checkRule(Entry<DistributionRule> entry) {
        DistributionRule rule = entry.value();
        String label = label("distribution rule", rule.name(), entry.path());
        if (isBlank(rule.name())) {
            findings.error(entry.path("name"), "A distribution rule has no name; name it so targets can refer to it.");
        } else if (!isReferenced(rule.name())) {
            findings.warning(entry.path(), capitalized(label) + " is not used: no target sends leads to it; point an"
                    + " assignment rule, the catch-all, the activation target or an overflow at it, or remove it.");
        }
        if (rule.method() == null) {
            findings.error(entry.path("method"), capitalized(label)
                    + " has no method; choose ROUND_ROBIN, WEIGHTED or LOAD_BALANCED.");
        }
        if (rule.members().isEmpty()) {
            findings.error(entry.path("members"), capitalized(label)
                    + " has no members, so it can never assign a lead; add users to it.");
        }
        checkMembers(entry, label);
        if (rule.loadMeasure() != null && rule.method() != null && rule.method() != DistributionMethod.LOAD_BALANCED) {
            findings.warning(entry.path("loadMeasure"), capitalized(label) + " has a load measure, which "
                    + rule.method() + " ignores; remove it or make the rule LOAD_BALANCED.");
        }
        if (rule.overflow() != null) {
            targets.check(entry.path("overflow"), rule.overflow(), "The overflow of " + label, false);
        } else if (rule.members().stream().anyMatch(member -> member != null && member.cap() != null)) {
            findings.warning(entry.path("overflow"), capitalized(label) + " caps its members but has no overflow,"
                    + " so leads stay unassigned when every member is full; add an overflow target.");
        }
    }

    private void checkMembers(Entry<DistributionRule> rule, String label) {
        Set<String> seen = new HashSet<>();
        for (Entry<Member> entry : findings.entries(rule.path("members"), rule.value().members(),
                capitalized(label) + " has an empty member entry; remove it or fill it in.")) {
            Member member = entry.value();
            String userId = member.userId();
            String memberLabel = isBlank(userId) ? "A member of " + label : "Member '" + userId + "' of " + label;
            if (isBlank(userId)) {
                findings.error(entry.path("userId"), memberLabel + " has no user id; name the user.");
            } else if (configuration.user(userId).isEmpty()) {
                findings.error(entry.path("userId"), capitalized(label) + " has member '" + userId
                        + "', an unknown user; add them to the users or remove the member.");
            } else if (!seen.add(userId)) {
                findings.error(entry.path("userId"), capitalized(label) + " lists user '" + userId
                        + "' twice; remove one of them.");
            }
            if (member.weight() != null && member.weight() < 1) {
                findings.error(entry.path("weight"), memberLabel + " has weight " + member.weight()
                        + "; a weight must be at least 1.");
            }
            DistributionMethod method = rule.value().method();
            if (member.weight() != null && method != null && method != DistributionMethod.WEIGHTED) {
                findings.warning(entry.path("weight"), memberLabel + " has a weight, which " + method
                        + " ignores; remove the weight or make the rule WEIGHTED.");
            }
            if (member.cap() != null && member.cap() < 1) {
                findings.error(entry.path("cap"), memberLabel + " has cap " + member.cap()
                        + "; a cap must be at least 1 (leave it out for no cap).");
            }
        }
    }

    /** Whether any target sends leads to the rule; its own overflow does not count. */
    private boolean isReferenced(String name) {
        Stream<Target> fromRules = configuration.assignmentRules().stream().filter(Objects::nonNull)
                .map(AssignmentRule::target);
        Stream<Target> overflows = configuration.distributionRules().stream()
                .filter(rule -> rule != null && !name.equals(rule.name())).map(DistributionRule::overflow);
        return Stream.of(Stream.of(configuration.activationTarget(), configuration.catchAll()), fromRules, overflows)
                .flatMap(targets -> targets)
                .anyMatch(target -> target != null && target.type() == TargetType.DISTRIBUTION_RULE
                        && name.equals(target.id()));
    }

    /**
     * A lead that nobody in a rule can take follows its overflow; rules overflowing into each other would pass it
     * round forever. Each cycle is reported once, at its first rule.
     */
    private void checkOverflowCycles(List<Entry<DistributionRule>> rules) {
        for (int start = 0; start < rules.size(); start++) {
            List<Integer> chain = new ArrayList<>(List.of(start));
            int next = overflowOf(rules, start);
            while (next > start && !chain.contains(next)) {
                chain.add(next);
                next = overflowOf(rules, next);
            }
            if (next == start) {
                List<String> names = new ArrayList<>(chain.stream().map(i -> rules.get(i).value().name()).toList());
                names.add(rules.get(start).value().name());
                findings.error(rules.get(start).path("overflow"), "Distribution rules overflow into each other in"
                        + " a cycle: " + String.join(" -> ", names) + ", so a lead nobody in them can take has"
                        + " nowhere to go; point one of these overflows outside the cycle.");
            }
        }
    }

    /** The index of the rule {@code rules[index]} overflows to (the first of that name), or -1. */
    private static int overflowOf(List<Entry<DistributionRule>> rules, int index) {
        Target overflow = rules.get(index).value().overflow();
        if (overflow == null || overflow.type() != TargetType.DISTRIBUTION_RULE || overflow.id() == null) {
            return -1;
        }
        for (int i = 0; i < rules.size(); i++) {
            if (overflow.id().equals(rules.get(i).value().name())) {
                return i;
            }
        }
        return -1;
    }
}
