package io.leadflow.assignment.persistence;

import io.leadflow.assignment.domain.routing.Tally;

/** What a distribution rule has given one member, as stored in the rule's state. */
record StoredTally(String userId, long assigned, String periodKey, long periodAssigned) {

    static StoredTally of(Tally tally) {
        return new StoredTally(tally.userId(), tally.assigned(), tally.periodKey(), tally.periodAssigned());
    }

    Tally toTally() {
        return new Tally(userId, assigned, periodKey, periodAssigned);
    }
}
