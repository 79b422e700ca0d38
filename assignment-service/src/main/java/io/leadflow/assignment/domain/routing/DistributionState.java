package io.leadflow.assignment.domain.routing;

import java.util.ArrayList;
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
 * @param recentPicks the latest picks, newest last: a lead routed again under the same key gets the same
 *     member, and load counts include picks the lead projection has not seen yet
 */
public record DistributionState(String rule, long version, List<Tally> tallies, List<Pick> recentPicks) {

    /** How many picks a rule remembers. */
    public static final int RECENT_PICKS = 64;

    public DistributionState {
        tallies = tallies == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(tallies));
        recentPicks = recentPicks == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(recentPicks));
    }

    public static DistributionState empty(String rule) {
        return new DistributionState(rule, 0, List.of(), List.of());
    }

    Map<String, Tally> talliesByUser() {
        return tallies.stream().collect(Collectors.toMap(Tally::userId, Function.identity(), (a, b) -> a));
    }

    Optional<Pick> pickFor(String routingKey) {
        return recentPicks.stream().filter(pick -> pick.routingKey().equals(routingKey)).findFirst();
    }

    DistributionState next(List<Tally> newTallies, Pick pick) {
        List<Pick> picks = new ArrayList<>(recentPicks);
        picks.add(pick);
        List<Pick> kept = picks.subList(Math.max(0, picks.size() - RECENT_PICKS), picks.size());
        return new DistributionState(rule, version + 1, newTallies, kept);
    }
}
