package io.leadflow.reactivation.persistence;

import static io.leadflow.reactivation.persistence.WaitDocument.DUE_AT;
import static io.leadflow.reactivation.persistence.WaitDocument.LEAD_ID;
import static io.leadflow.reactivation.persistence.WaitDocument.RUN_ID;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import io.leadflow.platform.mongo.IdQueries;
import io.leadflow.reactivation.domain.run.PendingWait;
import io.leadflow.reactivation.domain.run.Waits;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.BulkOperations.BulkMode;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * The pending waits. Scheduling is an upsert by {@code _id} that only inserts ({@code $setOnInsert}), so the
 * first wait of a lead and scenario stands; removal names the run as well, so a wait fired by the timer never
 * removes a newer run scheduled meanwhile. The collection holds only what is pending, so the queries with other
 * fields (due waits, a lead's waits) read a small collection.
 *
 * <p>{@value #OPEN_WAITS_METRIC} is the collection's size, from its metadata ({@code estimatedDocumentCount}): a
 * scrape reads no document.
 */
@Repository
class MongoWaits implements Waits {

    static final String OPEN_WAITS_METRIC = "leadflow.reactivation.open_waits";

    private final MongoTemplate mongo;

    MongoWaits(MongoTemplate mongo, MeterRegistry meters) {
        this.mongo = mongo;
        Gauge.builder(OPEN_WAITS_METRIC, mongo,
                        template -> template.getCollection(WaitDocument.COLLECTION).estimatedDocumentCount())
                .description("Scenario runs waiting for their wait period to end, in every instance")
                .register(meters);
    }

    @Override
    public Map<String, String> schedule(List<PendingWait> waits) {
        BulkOperations bulk = mongo.bulkOps(BulkMode.UNORDERED, WaitDocument.class);
        Set<String> ids = new LinkedHashSet<>();
        for (PendingWait wait : waits) {
            Document fields = new Document();
            mongo.getConverter().write(WaitDocument.of(wait), fields);
            fields.remove("_id");
            fields.remove("_class");
            Update insertOnly = new Update();
            fields.forEach(insertOnly::setOnInsert);
            bulk.upsert(query(where("_id").is(wait.id())), insertOnly);
            ids.add(wait.id());
        }
        bulk.execute();
        Map<String, String> inPlace = new LinkedHashMap<>();
        IdQueries.findAll(mongo, ids, WaitDocument.class).forEach(found -> inPlace.put(found.id(), found.runId()));
        return inPlace;
    }

    @Override
    public List<PendingWait> due(Instant now, int limit) {
        return mongo.find(query(where(DUE_AT).lte(now)).with(Sort.by(DUE_AT)).limit(limit), WaitDocument.class)
                .stream().map(WaitDocument::toWait).toList();
    }

    @Override
    public List<PendingWait> ofLeads(Collection<String> leadIds) {
        return mongo.find(query(where(LEAD_ID).in(leadIds)).with(Sort.by(DUE_AT)), WaitDocument.class)
                .stream().map(WaitDocument::toWait).toList();
    }

    @Override
    public void remove(List<PendingWait> waits) {
        if (waits.isEmpty()) {
            return;
        }
        BulkOperations bulk = mongo.bulkOps(BulkMode.UNORDERED, WaitDocument.class);
        waits.forEach(wait -> bulk.remove(query(where("_id").is(wait.id()).and(RUN_ID).is(wait.runId()))));
        bulk.execute();
    }
}
