package io.leadflow.dashboard.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Per distribution rule: today's leads per member, and the members in the rule's order. Not thread-safe. */
final class RuleBoard {

    /**
     * The methods of a rule's own picks. Its other assignments (an acknowledged reassignment offer, the final target)
     * count for the member who got the lead, but their explanation lists a candidate query, not the rule's members.
     */
    private static final Set<String> OWN_PICKS = Set.of("ROUND_ROBIN", "WEIGHTED", "LOAD_BALANCED");

    private static final class Rule {
        String method;
        List<Person> order = List.of();
        final Map<String, Long> assignedToday = new HashMap<>();
        final Map<String, Person> people = new HashMap<>();
    }

    private final Map<String, Rule> rules = new TreeMap<>();

    void assigned(Assignment assignment, boolean countsToday) {
        String name = assignment.explanation().distributionRule();
        if (name == null) {
            return;
        }
        Rule rule = rules.computeIfAbsent(name, key -> new Rule());
        if (OWN_PICKS.contains(assignment.method())) {
            rule.method = assignment.method();
        }
        if (OWN_PICKS.contains(assignment.method()) && !assignment.explanation().candidates().isEmpty()) {
            rule.order = assignment.explanation().candidates().stream()
                    .map(candidate -> new Person(candidate.userId(), candidate.name())).toList();
        }
        if (countsToday) {
            rule.assignedToday.merge(assignment.owner().id(), 1L, Long::sum);
            rule.people.put(assignment.owner().id(), assignment.owner());
        }
    }

    void startDay() {
        rules.values().forEach(rule -> {
            rule.assignedToday.clear();
            rule.people.clear();
        });
    }

    List<RuleSummary> summaries() {
        List<RuleSummary> summaries = new ArrayList<>();
        rules.forEach((name, rule) -> {
            Map<String, Person> members = new LinkedHashMap<>();
            rule.order.forEach(member -> members.put(member.id(), member));
            rule.people.forEach(members::putIfAbsent);
            summaries.add(new RuleSummary(name, rule.method, members.values().stream()
                    .map(member -> new RuleSummary.MemberCount(member,
                            rule.assignedToday.getOrDefault(member.id(), 0L)))
                    .toList()));
        });
        return summaries;
    }
}
