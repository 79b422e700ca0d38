package io.leadflow.reactivation.domain.scenario;

/**
 * When a score change counts as the event. Every condition given must hold; at least one must be given.
 *
 * @param threshold the score crosses it: the previous score was below it (or unknown) and the new one is at least it
 * @param minIncrease the score rose by at least this many points (needs a known previous score)
 */
public record ScoreCondition(Integer threshold, Integer minIncrease) {

    /** Whether a change from {@code previous} (null: unknown) to {@code score} is the event. */
    public boolean isMetBy(Integer previous, int score) {
        boolean crosses = threshold == null || (previous == null || previous < threshold) && score >= threshold;
        boolean rises = minIncrease == null || previous != null && score - previous >= minIncrease;
        return crosses && rises;
    }

    /** Whether the lead still qualifies at {@code score}, {@code baseline} being the score before the event. */
    public boolean stillHolds(Integer baseline, Integer score) {
        if (score == null) {
            return false;
        }
        boolean above = threshold == null || score >= threshold;
        boolean risen = minIncrease == null || baseline != null && score - baseline >= minIncrease;
        return above && risen;
    }

    public String describe() {
        if (threshold != null && minIncrease != null) {
            return "the score rises by at least " + minIncrease + " and crosses " + threshold;
        }
        return threshold != null ? "the score crosses " + threshold : "the score rises by at least " + minIncrease;
    }
}
