package io.leadflow.criteria;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Criteria in disjunctive normal form: the alternatives (conjunctions of conditions) of which any one matching
 * makes the criteria match. Nested groups multiply alternatives, so the expansion is bounded.
 */
public final class Alternatives {

    /** Beyond this many alternatives criteria are left out of the analysis rather than slowing validation down. */
    private static final int MAX = 256;

    private Alternatives() {
    }

    /**
     * The alternatives of criteria whose conditions passed {@link ConditionChecks}; empty when there would be more
     * than {@link #MAX}.
     */
    public static Optional<List<Conjunction>> of(Criteria criteria) {
        return expand(criteria).map(alternatives -> alternatives.stream().map(Conjunction::new).toList());
    }

    private static Optional<List<List<Condition>>> expand(Criteria criteria) {
        if (criteria.matchesEverything()) {
            return Optional.of(List.of(List.of()));
        }
        List<List<List<Condition>>> parts = new ArrayList<>();
        criteria.conditions().forEach(condition -> parts.add(List.of(List.of(condition))));
        for (Criteria group : criteria.groups()) {
            Optional<List<List<Condition>>> expanded = expand(group);
            if (expanded.isEmpty()) {
                return Optional.empty();
            }
            parts.add(expanded.get());
        }
        return criteria.effectiveMatch() == Match.ALL ? allOf(parts) : anyOf(parts);
    }

    /** AND: one alternative of each part, in every combination. */
    private static Optional<List<List<Condition>>> allOf(List<List<List<Condition>>> parts) {
        List<List<Condition>> combined = List.of(List.of());
        for (List<List<Condition>> part : parts) {
            if ((long) combined.size() * part.size() > MAX) {
                return Optional.empty();
            }
            List<List<Condition>> next = new ArrayList<>();
            for (List<Condition> left : combined) {
                for (List<Condition> right : part) {
                    List<Condition> both = new ArrayList<>(left);
                    both.addAll(right);
                    next.add(both);
                }
            }
            combined = next;
        }
        return Optional.of(combined);
    }

    /** OR: the alternatives of all parts. */
    private static Optional<List<List<Condition>>> anyOf(List<List<List<Condition>>> parts) {
        List<List<Condition>> all = new ArrayList<>();
        parts.forEach(all::addAll);
        return all.size() > MAX ? Optional.empty() : Optional.of(all);
    }
}
