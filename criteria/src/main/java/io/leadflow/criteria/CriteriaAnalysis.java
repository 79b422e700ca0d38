package io.leadflow.criteria;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Answers "can one lead match all of these criteria?", e.g. whether two rules or scenarios compete for the same
 * leads: {@code country IN [US]} and {@code country IN [DE]} cannot both hold, {@code score AT_LEAST 50} and
 * {@code score BETWEEN [40, 60]} can. Criteria must have passed {@link ConditionChecks}. Pure.
 */
public final class CriteriaAnalysis {

    /** Beyond this many combinations of alternatives tried, the answer is "possible", undecided. */
    private static final int MAX_COMBINATIONS = 65_536;

    private final ValueSpace space;

    /** @param space how the values of multi-valued fields hang together ({@link ValueSpace#INDEPENDENT}: freely) */
    public CriteriaAnalysis(ValueSpace space) {
        this.space = space;
    }

    public JointMatch jointly(Criteria... criteria) {
        return jointly(List.of(criteria));
    }

    /** Whether one lead can match every one of {@code criteria} (none: every lead can). */
    public JointMatch jointly(List<Criteria> criteria) {
        List<Conjunction> possible = List.of(new Conjunction(List.of()));
        int tried = 0;
        for (Criteria one : criteria) {
            Optional<List<Conjunction>> alternatives = Alternatives.of(one);
            if (alternatives.isEmpty()) {
                return JointMatch.undecided();
            }
            List<Conjunction> next = new ArrayList<>();
            List<Condition> firstConflict = null;
            for (Conjunction sofar : possible) {
                for (Conjunction alternative : alternatives.get()) {
                    if (++tried > MAX_COMBINATIONS) {
                        return JointMatch.undecided();
                    }
                    Conjunction both = sofar.and(alternative);
                    Optional<List<Condition>> conflict = both.contradiction(space);
                    if (conflict.isEmpty()) {
                        next.add(both);
                    } else if (firstConflict == null) {
                        firstConflict = conflict.get();
                    }
                }
            }
            if (next.isEmpty()) {
                return JointMatch.impossible(firstConflict);
            }
            possible = next;
        }
        return JointMatch.possible(possible.get(0));
    }
}
