package io.leadflow.assignment.persistence;

import io.leadflow.assignment.domain.routing.DistributionState;
import io.leadflow.assignment.domain.routing.Pick;
import io.leadflow.assignment.domain.routing.Tally;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A distribution rule's state; one document per rule, replaced only at the version it was read at. */
@Document("distribution_states")
record DistributionStateDocument(@Id String rule, long version, List<Tally> tallies, List<Pick> recentPicks,
        List<Pick> unconfirmedPicks) {

    static final String ID = "_id";
    static final String VERSION = "version";
    static final String TALLIES = "tallies";
    static final String RECENT_PICKS = "recentPicks";
    static final String UNCONFIRMED_PICKS = "unconfirmedPicks";

    static DistributionStateDocument of(DistributionState state) {
        return new DistributionStateDocument(state.rule(), state.version(), state.tallies(), state.recentPicks(),
                state.unconfirmedPicks());
    }

    DistributionState toState() {
        return new DistributionState(rule, version, tallies, recentPicks, unconfirmedPicks);
    }
}
