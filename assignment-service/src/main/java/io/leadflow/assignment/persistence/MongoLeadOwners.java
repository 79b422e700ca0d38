package io.leadflow.assignment.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import io.leadflow.assignment.domain.LeadOwners;
import io.leadflow.assignment.domain.OwnerChange;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/** The latest-owner projection in MongoDB. */
@Repository
class MongoLeadOwners implements LeadOwners {

    private final MongoTemplate mongo;

    MongoLeadOwners(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * One upsert matching the lead only while its recorded change is older. When a change at least as
     * recent is recorded, the filter misses, the upsert tries to insert a second document with the lead's
     * id, and the duplicate key tells us this change is stale (or a redelivery): nothing to do.
     */
    @Override
    public void recordIfNewer(OwnerChange change) {
        Update latest = new Update()
                .set(LeadOwnerDocument.OWNER, StoredOwner.of(change.newOwner()))
                .set(LeadOwnerDocument.PREVIOUS_OWNER, StoredOwner.of(change.previousOwner()))
                .set(LeadOwnerDocument.CHANGED_BY, change.changedBy())
                .set(LeadOwnerDocument.CHANGED_AT, change.occurredAt())
                .set(LeadOwnerDocument.EVENT_ID, change.eventId());
        try {
            mongo.upsert(query(where(LeadOwnerDocument.ID).is(change.leadId())
                            .and(LeadOwnerDocument.CHANGED_AT).lt(change.occurredAt())),
                    latest, LeadOwnerDocument.class);
        } catch (DuplicateKeyException staleOrRepeated) {
            // A change at least as recent is recorded: it stays.
        }
    }

    @Override
    public Map<String, OwnerChange> latest(Collection<String> leadIds) {
        Map<String, OwnerChange> latest = new HashMap<>();
        mongo.find(query(where(LeadOwnerDocument.ID).in(leadIds)), LeadOwnerDocument.class)
                .forEach(stored -> latest.put(stored.leadId(), stored.toOwnerChange()));
        return latest;
    }

    @Override
    public Optional<OwnerChange> latest(String leadId) {
        return Optional.ofNullable(mongo.findById(leadId, LeadOwnerDocument.class))
                .map(LeadOwnerDocument::toOwnerChange);
    }
}
