package io.leadflow.assignment.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import io.leadflow.assignment.domain.routing.LeadLoads;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.bson.Document;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * The open-leads and open-opportunities projections in MongoDB. Each fact is a sub-document whose first field
 * is its time, applied with {@code $max} in an upsert filtered by {@code _id} alone: MongoDB compares
 * sub-documents field by field, so the later fact wins whatever order the events arrive in, redeliveries
 * change nothing, and no write needs a condition that an index on {@code _id} cannot serve.
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
        return openPerOwner(userIds, LeadLoadDocument.OWNER_ID, LeadLoadDocument.OPEN, LeadLoadDocument.class);
    }

    @Override
    public Map<String, Long> openOpportunities(Collection<String> userIds) {
        return openPerOwner(userIds, OpportunityLoadDocument.OWNER_ID, OpportunityLoadDocument.OPEN,
                OpportunityLoadDocument.class);
    }

    /** Counts in one aggregation over the members' documents, not one query per member. */
    private Map<String, Long> openPerOwner(Collection<String> userIds, String ownerField, String openField,
            Class<?> projection) {
        Map<String, Long> counts = new HashMap<>();
        userIds.forEach(userId -> counts.put(userId, 0L));
        Aggregation openByOwner = Aggregation.newAggregation(
                Aggregation.match(where(ownerField).in(userIds).and(openField).is(true)),
                Aggregation.group(ownerField).count().as(COUNT));
        for (Document owner : mongo.aggregate(openByOwner, projection, Document.class)) {
            counts.put(owner.getString(ID), ((Number) owner.get(COUNT)).longValue());
        }
        return counts;
    }

    @Override
    public Map<String, Instant> ownerKnownSince(Collection<String> leadIds) {
        Map<String, Instant> since = new HashMap<>();
        mongo.find(query(where(ID).in(leadIds)), LeadLoadDocument.class).stream()
                .filter(lead -> lead.owner() != null && lead.owner().since().isAfter(Instant.EPOCH))
                .forEach(lead -> since.put(lead.leadId(), lead.owner().since()));
        return since;
    }

    @Override
    public void ownersChanged(Collection<OwnedLead> owners) {
        upsertAll(LeadLoadDocument.class, owners, OwnedLead::leadId, owned -> new Update()
                .max(LeadLoadDocument.OWNER, fact(owned.since()).append("id", owned.ownerId()))
                .setOnInsert(LeadLoadDocument.STATUS, fact(Instant.EPOCH).append("open", true)));
    }

    @Override
    public void statusesChanged(Collection<LeadStatus> statuses) {
        upsertAll(LeadLoadDocument.class, statuses, LeadStatus::leadId, status -> new Update()
                .max(LeadLoadDocument.STATUS, fact(status.since()).append("open", status.open()))
                .setOnInsert(LeadLoadDocument.OWNER, fact(Instant.EPOCH).append("id", null)));
    }

    @Override
    public void opportunitiesChanged(Collection<Opportunity> opportunities) {
        upsertAll(OpportunityLoadDocument.class, opportunities, Opportunity::opportunityId, opportunity -> new Update()
                .max(OpportunityLoadDocument.FACT, fact(opportunity.since())
                        .append("ownerId", opportunity.ownerId()).append("open", opportunity.open())));
    }

    /** One unordered bulk write of upserts, each filtered by {@code _id} alone. */
    private <T> void upsertAll(Class<?> projection, Collection<T> facts, Function<T, String> id,
            Function<T, Update> update) {
        if (facts.isEmpty()) {
            return;
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, projection);
        facts.forEach(fact -> bulk.upsert(query(where(ID).is(id.apply(fact))), update.apply(fact)));
        bulk.execute();
    }

    /** A fact's sub-document, its time first so that {@code $max} compares facts by time. */
    private static Document fact(Instant since) {
        return new Document("since", Date.from(since));
    }
}
