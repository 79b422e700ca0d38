package io.leadflow.criteria;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What a conjunction of conditions says about one lead field: whether a lead can satisfy them all, and which
 * further conditions every such lead satisfies. Values compare as the evaluator compares them: trimmed,
 * ignoring case. Answers are sound, not complete: "unsatisfiable" and "implies" only when proven.
 */
final class FieldFacts {

    private final String field;
    private final List<Condition> conditions = new ArrayList<>();
    /** One set per IN condition: the lead has a value from each. */
    private final List<Set<String>> oneOfEach = new ArrayList<>();
    /** One set per MATCHES condition: a value of the lead matches one of its patterns. */
    private final List<Set<String>> patterns = new ArrayList<>();
    /** Values of CONTAINS_ALL conditions: the lead has them all. */
    private final Set<String> allOf = new HashSet<>();
    /** Values of NOT_IN conditions: the lead has none of them. */
    private final Set<String> noneOf = new HashSet<>();
    /** The numbers allowed by BETWEEN, AT_LEAST and AT_MOST; null when there are none. */
    private Interval interval;
    /** Some condition needs the field to have a value (every operator but NOT_IN and ABSENT does). */
    private boolean present;
    /** An ABSENT condition. */
    private boolean absent;

    FieldFacts(String field) {
        this.field = field;
    }

    void add(Condition condition) {
        conditions.add(condition);
        Set<String> values = normalized(condition.values());
        switch (condition.operator()) {
            case IN -> oneOfEach.add(values);
            case NOT_IN -> noneOf.addAll(values);
            case MATCHES -> patterns.add(values);
            case CONTAINS_ALL -> allOf.addAll(values);
            case BETWEEN, AT_LEAST, AT_MOST -> interval = interval == null ? Interval.of(condition)
                    : interval.intersect(Interval.of(condition));
            case PRESENT, ABSENT -> {
                // Only the flags below.
            }
        }
        absent |= condition.operator() == Operator.ABSENT;
        present |= condition.operator() != Operator.ABSENT && condition.operator() != Operator.NOT_IN;
    }

    List<Condition> conditions() {
        return conditions;
    }

    boolean satisfiable(ValueSpace space) {
        if (absent && present || interval != null && interval.isEmpty()) {
            return false;
        }
        if (oneOfEach.stream().anyMatch(noneOf::containsAll) || !Collections.disjoint(allOf, noneOf)) {
            return false;
        }
        if (LeadField.isMultiValued(field)) {
            return oneOfEach.isEmpty() && allOf.isEmpty() || space.admits(field, oneOfEach, allOf, noneOf);
        }
        return candidates().map(candidates -> !candidates.isEmpty()).orElse(true);
    }

    /** Whether every lead satisfying these facts satisfies {@code condition}, a condition on the same field. */
    boolean implies(Condition condition) {
        Set<String> values = normalized(condition.values());
        return switch (condition.operator()) {
            case IN -> valueSets().anyMatch(values::containsAll) || !Collections.disjoint(allOf, values);
            case NOT_IN -> absent || noneOf.containsAll(values)
                    || !LeadField.isMultiValued(field) && candidates().filter(c -> Collections.disjoint(c, values))
                            .isPresent();
            case MATCHES -> patterns.stream().anyMatch(values::containsAll)
                    || valueSets().anyMatch(set -> set.stream().allMatch(value -> matchesAny(value, values)));
            case CONTAINS_ALL -> allOf.containsAll(values);
            case BETWEEN, AT_LEAST, AT_MOST -> interval != null && Interval.of(condition).contains(interval);
            case PRESENT -> present;
            case ABSENT -> absent;
        };
    }

    /**
     * Sets the lead certainly has a value from: each IN set; for a single-valued field the one set of
     * candidates left by all its IN and NOT_IN conditions together.
     */
    private Stream<Set<String>> valueSets() {
        return LeadField.isMultiValued(field) ? oneOfEach.stream() : candidates().stream();
    }

    /** For a single-valued field, the values it can have under the IN and NOT_IN conditions; empty when no IN. */
    private Optional<Set<String>> candidates() {
        if (oneOfEach.isEmpty()) {
            return Optional.empty();
        }
        Set<String> candidates = new HashSet<>(oneOfEach.get(0));
        oneOfEach.forEach(candidates::retainAll);
        candidates.removeAll(noneOf);
        return Optional.of(candidates);
    }

    private static boolean matchesAny(String value, Set<String> globs) {
        return globs.stream().anyMatch(glob -> CriteriaEvaluator.glob(glob).matcher(value).matches());
    }

    private static Set<String> normalized(Collection<String> values) {
        return values.stream().map(ValueSpace::normalized).collect(Collectors.toSet());
    }
}
