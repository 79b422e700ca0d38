package io.leadflow.assignment.web;

import io.leadflow.assignment.domain.routing.DistributionState;
import io.leadflow.assignment.domain.routing.Pick;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/**
 * A distribution rule's state as operators read it; version 0 means it never picked anyone. Unconfirmed picks
 * are those whose assignments were not yet stored (an instance died in between, or a batch is in flight).
 */
record DistributionStateView(String rule, long version, List<TallyView> members, List<PickView> recentPicks,
        List<PickView> unconfirmedPicks) {

    /** What the rule has given one member: in total, and in the cap period {@code periodKey}. */
    @Schema(name = "Tally")
    record TallyView(String userId, long assigned, String periodKey, long periodAssigned) {
    }

    /** A member the rule picked, for one routing of one lead. */
    @Schema(name = "Pick")
    record PickView(String routingKey, String leadId, String userId, Instant at) {

        static List<PickView> of(List<Pick> picks) {
            return picks.stream().map(pick -> new PickView(pick.routingKey(), pick.leadId(), pick.userId(), pick.at()))
                    .toList();
        }
    }

    static DistributionStateView of(DistributionState state) {
        return new DistributionStateView(state.rule(), state.version(),
                state.tallies().stream().map(tally -> new TallyView(tally.userId(), tally.assigned(),
                        tally.periodKey(), tally.periodAssigned())).toList(),
                PickView.of(state.recentPicks()), PickView.of(state.unconfirmedPicks()));
    }
}
