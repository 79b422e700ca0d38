package io.leadflow.assignment.persistence;

import io.leadflow.assignment.domain.routing.Pick;
import java.time.Instant;

/** A member a distribution rule picked for one routing of one lead, as stored in the rule's state. */
record StoredPick(String routingKey, String leadId, String userId, Instant at) {

    static StoredPick of(Pick pick) {
        return new StoredPick(pick.routingKey(), pick.leadId(), pick.userId(), pick.at());
    }

    Pick toPick() {
        return new Pick(routingKey, leadId, userId, at);
    }
}
