package io.leadflow.assignment.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import io.leadflow.assignment.domain.LeadOwners;
import io.leadflow.assignment.domain.OwnerChange;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
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
     * Reads the leads' documents with one query by id and replaces, in one bulk write by id, those the batch
     * has a newer change for. Only the consumer of {@code lead.owner.changed} writes here, and a lead's changes
     * are all on one partition (key = lead id), so one thread at a time handles a lead's changes, in order, and
     * no other write can come between the read and the replacement: no condition beyond {@code _id} is needed,
     * which the embedded store could only answer by reading the whole collection.
     */
    @Override
    public void recordIfNewer(List<OwnerChange> changes) {
        Map<String, OwnerChange> newest = new HashMap<>(latest(changes.stream().map(OwnerChange::leadId).toList()));
        Map<String, OwnerChange> newer = new LinkedHashMap<>();
        for (OwnerChange change : changes) {
            OwnerChange recorded = newest.get(change.leadId());
            if (recorded == null || recorded.occurredAt().isBefore(change.occurredAt())) {
                newest.put(change.leadId(), change);
                newer.put(change.leadId(), change);
            }
        }
        if (newer.isEmpty()) {
            return;
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, LeadOwnerDocument.class);
        for (OwnerChange change : newer.values()) {
            bulk.replaceOne(query(where(LeadOwnerDocument.ID).is(change.leadId())),
                    new LeadOwnerDocument(change.leadId(), StoredOwner.of(change.newOwner()),
                            StoredOwner.of(change.previousOwner()), change.changedBy(), change.occurredAt(),
                            change.eventId()),
                    FindAndReplaceOptions.options().upsert());
        }
        bulk.execute();
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
