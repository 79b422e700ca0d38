package io.leadflow.dashboard.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whose turn a round-robin rule gives next. assignment-service counts turns rather than keeping a cursor: the next
 * lead goes to the available member who has had the fewest leads from the rule, ties in the members' order. So
 * from the rule's tallies and its member order, the next member is known up to availability (someone away or full
 * is skipped when the lead comes). A member added mid-round has no tally yet: they stand level with the next member
 * after them who has one (the lowest tally when nobody after them has one), as assignment-service places them.
 */
public final class NextTurn {

    private NextTurn() {
    }

    /**
     * @param order the rule's members in its order
     * @param tallies leads the rule gave each member so far, by user id; a member missing never had one
     */
    public static Optional<Person> roundRobin(List<Person> order, Map<String, Long> tallies) {
        Person next = null;
        long fewest = Long.MAX_VALUE;
        for (int i = 0; i < order.size(); i++) {
            Person member = order.get(i);
            long given = position(order, i, tallies);
            if (given < fewest) {
                fewest = given;
                next = member;
            }
        }
        return Optional.ofNullable(next);
    }

    private static long position(List<Person> order, int index, Map<String, Long> tallies) {
        for (int i = index; i < order.size(); i++) {
            Long given = tallies.get(order.get(i).id());
            if (given != null) {
                return given;
            }
        }
        return order.stream().map(member -> tallies.get(member.id())).filter(given -> given != null)
                .min(Long::compare).orElse(0L);
    }
}
