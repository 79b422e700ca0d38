package io.leadflow.assignment.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import io.leadflow.assignment.domain.LeadOwners;
import io.leadflow.assignment.domain.OwnerChange;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/** The latest-owner projection in MongoDB. */
@Repository
class MongoLeadOwners implements LeadOwners {

    private final MongoTemplate mongo;

    MongoLeadOwners(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * Reads the lead's document by id and replaces it by id when the change is newer. Only the consumer of
     * {@code lead.owner.changed} writes here, and a lead's changes are all on one partition (key = lead id), so
     * one thread at a time handles a lead's changes in order and a read-then-write cannot interleave with
     * another; no condition beyond {@code _id} is needed, which the embedded store could only answer by
     * reading the whole collection.
     */
    @Override
    public void recordIfNewer(OwnerChange change) {
        LeadOwnerDocument recorded = mongo.findById(change.leadId(), LeadOwnerDocument.class);
        if (recorded != null && !recorded.changedAt().isBefore(change.occurredAt())) {
            return;
        }
        mongo.save(new LeadOwnerDocument(change.leadId(), StoredOwner.of(change.newOwner()),
                StoredOwner.of(change.previousOwner()), change.changedBy(), change.occurredAt(), change.eventId()));
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
