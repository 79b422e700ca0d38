package io.leadflow.assignment.persistence;

import io.leadflow.assignment.domain.OwnerChange;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A lead's latest known owner change; one document per lead. */
@Document("lead_owners")
record LeadOwnerDocument(
        @Id String leadId,
        StoredOwner owner,
        StoredOwner previousOwner,
        String changedBy,
        Instant changedAt,
        String eventId) {

    static final String ID = "_id";
    static final String OWNER = "owner";
    static final String PREVIOUS_OWNER = "previousOwner";
    static final String CHANGED_BY = "changedBy";
    static final String CHANGED_AT = "changedAt";
    static final String EVENT_ID = "eventId";

    OwnerChange toOwnerChange() {
        return new OwnerChange(eventId, leadId, changedAt, StoredOwner.toOwner(previousOwner),
                StoredOwner.toOwner(owner), changedBy);
    }
}
