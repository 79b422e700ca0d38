package io.leadflow.assignment.web;

import io.leadflow.assignment.domain.routing.DistributionState;
import io.leadflow.assignment.domain.routing.Pick;
import io.leadflow.assignment.domain.routing.Tally;
import java.util.List;

/** A distribution rule's state as operators read it; version 0 means it never picked anyone. */
record DistributionStateView(String rule, long version, List<Tally> members, List<Pick> recentPicks) {

    static DistributionStateView of(DistributionState state) {
        return new DistributionStateView(state.rule(), state.version(), state.tallies(), state.recentPicks());
    }
}
