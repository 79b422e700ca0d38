package io.leadflow.assignment.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import io.leadflow.assignment.domain.routing.LeadLoads;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * The open-leads and open-opportunities projections in MongoDB. Each fact is applied by one conditional
 * update that only moves it forward in time, so redelivered and out-of-order events leave the same result.
 */
@Repository
class MongoLeadLoads implements LeadLoads {

    private static final String ID = "_id";
    private static final String COUNT = "open";

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

    /**
     * Counts in one aggregation over the members' documents, not one query per member. Both projections keep
     * the owner as {@code ownerId} and openness as {@code open}.
     */
    private Map<String, Long> openPerOwner(Collection<String> userIds, Class<?> projection) {
        Map<String, Long> counts = new HashMap<>();
        userIds.forEach(userId -> counts.put(userId, 0L));
        Aggregation openByOwner = Aggregation.newAggregation(
                Aggregation.match(where(LeadLoadDocument.OWNER_ID).in(userIds).and(LeadLoadDocument.OPEN).is(true)),
                Aggregation.group(LeadLoadDocument.OWNER_ID).count().as(COUNT));
        for (Document owner : mongo.aggregate(openByOwner, projection, Document.class)) {
            counts.put(owner.getString(ID), ((Number) owner.get(COUNT)).longValue());
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
