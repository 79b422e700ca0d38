package io.leadflow.assignment.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import io.leadflow.assignment.domain.routing.LeadLoads;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * The open-leads projection in MongoDB. Each fact is applied by one conditional update that only moves it
 * forward in time, so redelivered and out-of-order events leave the same result.
 */
@Repository
class MongoLeadLoads implements LeadLoads {

    private final MongoTemplate mongo;

    MongoLeadLoads(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Map<String, Long> openLeads(Collection<String> userIds) {
        Map<String, Long> counts = new HashMap<>();
        for (String userId : userIds) {
            counts.put(userId, mongo.count(query(where(LeadLoadDocument.OWNER_ID).is(userId)
                    .and(LeadLoadDocument.OPEN).is(true)), LeadLoadDocument.class));
        }
        return counts;
    }

    @Override
    public Map<String, Instant> ownerKnownSince(Collection<String> leadIds) {
        Map<String, Instant> since = new HashMap<>();
        mongo.find(query(where(LeadLoadDocument.ID).in(leadIds)), LeadLoadDocument.class).stream()
                .filter(lead -> lead.ownerSince().isAfter(Instant.EPOCH))
                .forEach(lead -> since.put(lead.leadId(), lead.ownerSince()));
        return since;
    }

    @Override
    public void ownerChanged(String leadId, String ownerId, Instant at) {
        ensureExists(leadId);
        mongo.updateFirst(query(where(LeadLoadDocument.ID).is(leadId).and(LeadLoadDocument.OWNER_SINCE).lt(at)),
                new Update().set(LeadLoadDocument.OWNER_ID, ownerId).set(LeadLoadDocument.OWNER_SINCE, at),
                LeadLoadDocument.class);
    }

    @Override
    public void statusChanged(String leadId, boolean open, Instant at) {
        ensureExists(leadId);
        mongo.updateFirst(query(where(LeadLoadDocument.ID).is(leadId).and(LeadLoadDocument.STATUS_SINCE).lt(at)),
                new Update().set(LeadLoadDocument.OPEN, open).set(LeadLoadDocument.STATUS_SINCE, at),
                LeadLoadDocument.class);
    }

    /** Creates the lead's document, knowing nothing yet, unless it exists: the updates then only move forward. */
    private void ensureExists(String leadId) {
        try {
            mongo.upsert(query(where(LeadLoadDocument.ID).is(leadId)),
                    new Update().setOnInsert(LeadLoadDocument.OWNER_SINCE, Instant.EPOCH)
                            .setOnInsert(LeadLoadDocument.STATUS_SINCE, Instant.EPOCH)
                            .setOnInsert(LeadLoadDocument.OPEN, true),
                    LeadLoadDocument.class);
        } catch (DuplicateKeyException createdConcurrently) {
            // Another event of the lead created it at the same moment: it exists, which is all this wanted.
        }
    }
}
