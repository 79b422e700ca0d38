package io.leadflow.assignment.web;

import io.leadflow.assignment.domain.routing.DistributionState;
import io.leadflow.assignment.domain.routing.Pick;
import io.leadflow.assignment.domain.routing.Tally;
import java.util.List;

/**
 * A distribution rule's state as operators read it; version 0 means it never picked anyone. Unconfirmed picks
 * are those whose assignments were not yet stored (an instance died in between, or a batch is in flight).
 */
record DistributionStateView(String rule, long version, List<Tally> members, List<Pick> recentPicks,
        List<Pick> unconfirmedPicks) {

    static DistributionStateView of(DistributionState state) {
        return new DistributionStateView(state.rule(), state.version(), state.tallies(), state.recentPicks(),
                state.unconfirmedPicks());
    }
}
