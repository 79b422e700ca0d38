package io.leadflow.criteria;

import java.util.List;
import java.util.Optional;

/**
 * Whether one lead can match several criteria at once, as {@link CriteriaAnalysis} found out. The answer is sound
 * for "no": {@link #possible()} is false only when it is proven that no lead matches them all. It is true when a
 * lead can (then {@link #example()} says what such a lead looks like) and when the criteria were too complex to
 * tell (then there is no example).
 */
public final class JointMatch {

    private final boolean possible;
    private final Conjunction example;
    private final List<Condition> conflict;

    private JointMatch(boolean possible, Conjunction example, List<Condition> conflict) {
        this.possible = possible;
        this.example = example;
        this.conflict = conflict;
    }

    static JointMatch possible(Conjunction example) {
        return new JointMatch(true, example, List.of());
    }

    static JointMatch undecided() {
        return new JointMatch(true, null, List.of());
    }

    static JointMatch impossible(List<Condition> conflict) {
        return new JointMatch(false, null, List.copyOf(conflict));
    }

    /** False only when no lead can match every one of the criteria. */
    public boolean possible() {
        return possible;
    }

    /** The conditions a lead matching them all satisfies, e.g. "country in [US] and score at least 50". */
    public Optional<Conjunction> example() {
        return Optional.ofNullable(example);
    }

    /** When impossible: conditions on one field that cannot all hold, from one way of combining the criteria. */
    public List<Condition> conflict() {
        return conflict;
    }

    @Override
    public String toString() {
        return possible ? "possible" + (example == null ? " (undecided)" : ": " + example.describe())
                : "impossible: " + Conjunction.describe(conflict);
    }
}
