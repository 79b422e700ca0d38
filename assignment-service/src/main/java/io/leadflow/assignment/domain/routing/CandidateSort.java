package io.leadflow.assignment.domain.routing;

/**
 * One ordering key of a candidate query.
 *
 * @param field {@code rating}, {@code name}, {@code openLeads} or {@code custom.<attribute>}; numbers compare as
 *     numbers, text ignoring case, and a user without a value sorts last (a tier is a category to filter on, not
 *     an order: rank by rating)
 * @param direction ASC or DESC (null: ASC)
 */
public record CandidateSort(String field, Direction direction) {

    public enum Direction {
        ASC,
        DESC
    }

    public boolean descending() {
        return direction == Direction.DESC;
    }
}
