package io.leadflow.assignment.domain.routing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** One alternative of a rule's criteria: conditions that must all hold. No conditions match every lead. */
final class Conjunction {

    private final List<Condition> conditions;
    private final Map<String, FieldFacts> facts = new LinkedHashMap<>();

    Conjunction(List<Condition> conditions) {
        this.conditions = conditions.stream().distinct().toList();
        this.conditions.forEach(condition -> facts.computeIfAbsent(condition.field(), FieldFacts::new).add(condition));
    }

    boolean matchesEveryLead() {
        return conditions.isEmpty();
    }

    Conjunction and(Conjunction other) {
        List<Condition> both = new ArrayList<>(conditions);
        both.addAll(other.conditions);
        return new Conjunction(both);
    }

    /** The conditions on the first field whose conditions cannot all hold; empty when some lead satisfies all. */
    Optional<List<Condition>> contradiction(Territories territories) {
        return facts.values().stream().filter(field -> !field.satisfiable(territories)).findFirst()
                .map(FieldFacts::conditions);
    }

    /** Whether every lead satisfying this conjunction satisfies {@code other}. */
    boolean implies(Conjunction other) {
        return other.conditions.stream().allMatch(condition -> facts.containsKey(condition.field())
                && facts.get(condition.field()).implies(condition));
    }

    String describe() {
        return describe(conditions);
    }

    /** The conditions in words, e.g. "country in [US] and companySize at least 1000". */
    static String describe(List<Condition> conditions) {
        return conditions.stream().map(condition -> condition.field() + " " + CriteriaEvaluator.expectation(condition))
                .collect(Collectors.joining(" and "));
    }
}
