package io.leadflow.assignment.persistence;

import io.leadflow.assignment.domain.routing.DistributionState;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A distribution rule's state; one document per rule, replaced only at the version it was read at. */
@Document("distribution_states")
record DistributionStateDocument(@Id String rule, long version, List<StoredTally> tallies,
        List<StoredPick> recentPicks, List<StoredPick> unconfirmedPicks) {

    static final String ID = "_id";
    static final String VERSION = "version";
    static final String TALLIES = "tallies";
    static final String RECENT_PICKS = "recentPicks";
    static final String UNCONFIRMED_PICKS = "unconfirmedPicks";

    static DistributionStateDocument of(DistributionState state) {
        return new DistributionStateDocument(state.rule(), state.version(),
                state.tallies().stream().map(StoredTally::of).toList(),
                state.recentPicks().stream().map(StoredPick::of).toList(),
                state.unconfirmedPicks().stream().map(StoredPick::of).toList());
    }

    /** A list missing from the document (stored before it existed) reads as empty. */
    DistributionState toState() {
        return new DistributionState(rule, version,
                tallies == null ? null : tallies.stream().map(StoredTally::toTally).toList(),
                recentPicks == null ? null : recentPicks.stream().map(StoredPick::toPick).toList(),
                unconfirmedPicks == null ? null : unconfirmedPicks.stream().map(StoredPick::toPick).toList());
    }
}
