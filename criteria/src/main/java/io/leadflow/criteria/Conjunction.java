package io.leadflow.criteria;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One alternative of criteria in disjunctive normal form ({@link Alternatives}): conditions that must all hold.
 * No conditions match every lead. Its conditions must have passed {@link ConditionChecks}.
 */
public final class Conjunction {

    private final List<Condition> conditions;
    private final Map<String, FieldFacts> facts = new LinkedHashMap<>();

    Conjunction(List<Condition> conditions) {
        this.conditions = conditions.stream().distinct().toList();
        this.conditions.forEach(condition -> facts.computeIfAbsent(condition.field(), FieldFacts::new).add(condition));
    }

    public List<Condition> conditions() {
        return conditions;
    }

    public boolean matchesEveryLead() {
        return conditions.isEmpty();
    }

    /** The conjunction a lead satisfies when it satisfies both. */
    public Conjunction and(Conjunction other) {
        List<Condition> both = new ArrayList<>(conditions);
        both.addAll(other.conditions);
        return new Conjunction(both);
    }

    /**
     * The conditions on the first field whose conditions cannot all hold; empty when some lead satisfies all, as
     * far as can be proven ({@code space} says how the values of multi-valued fields hang together).
     */
    public Optional<List<Condition>> contradiction(ValueSpace space) {
        return facts.values().stream().filter(field -> !field.satisfiable(space)).findFirst()
                .map(FieldFacts::conditions);
    }

    /** Whether every lead satisfying this conjunction satisfies {@code other} (only when proven). */
    public boolean implies(Conjunction other) {
        return other.conditions.stream().allMatch(condition -> facts.containsKey(condition.field())
                && facts.get(condition.field()).implies(condition));
    }

    /** The conditions in words, e.g. "country in [US] and companySize at least 1000". */
    public String describe() {
        return describe(conditions);
    }

    /** Conditions in words, e.g. "country in [US] and companySize at least 1000". */
    public static String describe(List<Condition> conditions) {
        return conditions.stream().map(condition -> condition.field() + " " + CriteriaEvaluator.expectation(condition))
                .collect(Collectors.joining(" and "));
    }

    @Override
    public String toString() {
        return describe();
    }
}
