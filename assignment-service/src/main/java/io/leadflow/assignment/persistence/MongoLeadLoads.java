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
 * The open-leads and open-opportunities projections in MongoDB. Each fact is applied by one conditional
 * update that only moves it forward in time, so redelivered and out-of-order events leave the same result.
 */
@Repository
class MongoLeadLoads implements LeadLoads {

    private final MongoTemplate mongo;

    MongoLeadLoads(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Map<String, Long> openLeads(Collection<String> userIds) {
        return openPerOwner(userIds, LeadLoadDocument.class);
    }

    @Override
    public Map<String, Long> openOpportunities(Collection<String> userIds) {
        return openPerOwner(userIds, OpportunityLoadDocument.class);
    }

    @Override
    public void opportunityChanged(String opportunityId, String ownerId, boolean open, Instant at) {
        moveForward(opportunityId, OpportunityLoadDocument.SINCE, at, new Update()
                .set(OpportunityLoadDocument.OWNER_ID, ownerId)
                .set(OpportunityLoadDocument.OPEN, open), OpportunityLoadDocument.class);
    }

    /** Both projections keep the owner as {@code ownerId} and openness as {@code open}. */
    private Map<String, Long> openPerOwner(Collection<String> userIds, Class<?> projection) {
        Map<String, Long> counts = new HashMap<>();
        for (String userId : userIds) {
            counts.put(userId, mongo.count(query(where(LeadLoadDocument.OWNER_ID).is(userId)
                    .and(LeadLoadDocument.OPEN).is(true)), projection));
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
        moveForward(leadId, LeadLoadDocument.OWNER_SINCE, at, new Update()
                .set(LeadLoadDocument.OWNER_ID, ownerId)
                .setOnInsert(LeadLoadDocument.OPEN, true)
                .setOnInsert(LeadLoadDocument.STATUS_SINCE, Instant.EPOCH), LeadLoadDocument.class);
    }

    @Override
    public void statusChanged(String leadId, boolean open, Instant at) {
        moveForward(leadId, LeadLoadDocument.STATUS_SINCE, at, new Update()
                .set(LeadLoadDocument.OPEN, open)
                .setOnInsert(LeadLoadDocument.OWNER_SINCE, Instant.EPOCH), LeadLoadDocument.class);
    }

    /**
     * One upsert that matches the document only while the fact it records ({@code sinceField}) is older than
     * {@code at}. When a fact at least as recent is recorded, the filter misses, the upsert tries to insert a
     * second document with the same id, and the duplicate key says there is nothing to do.
     */
    private void moveForward(String id, String sinceField, Instant at, Update update, Class<?> projection) {
        try {
            mongo.upsert(query(where(LeadLoadDocument.ID).is(id).and(sinceField).lt(at)),
                    update.set(sinceField, at), projection);
        } catch (DuplicateKeyException staleOrRepeated) {
            // A fact at least as recent is recorded: it stays.
        }
    }
}
