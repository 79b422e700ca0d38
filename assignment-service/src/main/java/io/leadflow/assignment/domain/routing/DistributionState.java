package io.leadflow.assignment.domain.routing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A distribution rule's memory: what each member got, and the latest picks. It is replaced as a whole, only
 * if its {@code version} is still the one read, so instances picking at the same time take turns instead of
 * picking the same member.
 *
 * @param version 0 when the rule never picked anyone
 * @param recentPicks the latest picks, newest last: load counts include picks the lead projection has not
 *     seen yet
 * @param unconfirmedPicks picks whose assignments may not be stored yet. A pick is counted in the tallies
 *     before the assignment it decided is stored, so an instance that dies in between leaves its picks here;
 *     whoever routes the same lead again under the same key finds its pick and takes no second turn, and
 *     removes it once the assignment is stored. Unlike a window of recent picks, nothing pushes a pick out
 *     before then, however many leads other instances route meanwhile.
 */
public record DistributionState(String rule, long version, List<Tally> tallies, List<Pick> recentPicks,
        List<Pick> unconfirmedPicks) {

    /** How many picks a rule remembers for load counting. */
    public static final int RECENT_PICKS = 64;

    public DistributionState {
        tallies = tallies == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(tallies));
        recentPicks = recentPicks == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(recentPicks));
        unconfirmedPicks = unconfirmedPicks == null ? List.of()
                : Collections.unmodifiableList(new ArrayList<>(unconfirmedPicks));
    }

    public static DistributionState empty(String rule) {
        return new DistributionState(rule, 0, List.of(), List.of(), List.of());
    }

    Map<String, Tally> talliesByUser() {
        return tallies.stream().collect(Collectors.toMap(Tally::userId, Function.identity(), (a, b) -> a));
    }

    Optional<Pick> pickFor(String routingKey) {
        for (Pick pick : unconfirmedPicks) {
            if (pick.routingKey().equals(routingKey)) {
                return Optional.of(pick);
            }
        }
        return recentPicks.stream().filter(pick -> pick.routingKey().equals(routingKey)).findFirst();
    }

    DistributionState next(List<Tally> newTallies, Pick pick) {
        List<Pick> picks = new ArrayList<>(recentPicks);
        picks.add(pick);
        List<Pick> kept = picks.subList(Math.max(0, picks.size() - RECENT_PICKS), picks.size());
        List<Pick> unconfirmed = new ArrayList<>(unconfirmedPicks);
        unconfirmed.add(pick);
        return new DistributionState(rule, version + 1, newTallies, kept, unconfirmed);
    }

    /** Whether any of the picks under these keys still waits for its assignment to be stored. */
    boolean awaitsConfirmation(Collection<String> routingKeys) {
        return unconfirmedPicks.stream().anyMatch(pick -> routingKeys.contains(pick.routingKey()));
    }

    /** The state once the assignments decided under these keys are stored. */
    DistributionState confirmed(Collection<String> routingKeys) {
        List<Pick> unconfirmed = unconfirmedPicks.stream()
                .filter(pick -> !routingKeys.contains(pick.routingKey())).toList();
        return new DistributionState(rule, version + 1, tallies, recentPicks, unconfirmed);
    }
}
