package io.leadflow.assignment.domain.routing;

/**
 * What a distribution rule has given one member.
 *
 * @param assigned leads given by the rule (a newcomer starts level with the pool, see {@link MemberSelection})
 * @param periodKey the cap period {@code periodAssigned} counts in
 * @param periodAssigned leads given in that period
 */
public record Tally(String userId, long assigned, String periodKey, long periodAssigned) {

    /** This tally seen in the period {@code key}: a new period starts at zero. */
    Tally inPeriod(String key) {
        return key.equals(periodKey) ? this : new Tally(userId, assigned, key, 0);
    }

    Tally plusOne() {
        return new Tally(userId, assigned + 1, periodKey, periodAssigned + 1);
    }

    Tally atLeast(long floor) {
        return floor <= assigned ? this : new Tally(userId, floor, periodKey, periodAssigned);
    }
}
