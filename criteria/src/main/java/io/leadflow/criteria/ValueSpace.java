package io.leadflow.criteria;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a service knows about how the values of a multi-valued field hang together, for the satisfiability
 * analysis. Tags are independent of each other: any combination is possible. Regions are not: a lead's regions
 * follow from its country and state, so {@code region IN [EMEA]} and {@code region IN [NA]} exclude each other
 * when no place is in both, and only the service that defines the regions can tell.
 */
@FunctionalInterface
public interface ValueSpace {

    /** Every combination of values is possible: nothing relates the values of any field. */
    ValueSpace INDEPENDENT = (field, oneOfEach, allOf, noneOf) -> true;

    /**
     * Whether a lead can have, for the multi-valued {@code field}, a value from each of {@code oneOfEach}, every
     * value of {@code allOf} and none of {@code noneOf}. Values are {@link #normalized normalized}. Asked only
     * once the obvious contradictions are ruled out; answer true unless it is impossible.
     */
    boolean admits(String field, List<Set<String>> oneOfEach, Set<String> allOf, Set<String> noneOf);

    /** A value as the analysis compares it, the way the evaluator compares text: trimmed, ignoring case. */
    static String normalized(String value) {
        return value.trim().toLowerCase(Locale.ROOT);
    }
}
