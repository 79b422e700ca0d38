package io.leadflow.reactivation.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import io.leadflow.platform.mongo.IdQueries;
import io.leadflow.reactivation.domain.lead.LeadHistories;
import io.leadflow.reactivation.domain.lead.LeadHistory;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.BulkOperations.BulkMode;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/** Lead projections: one {@code _id $in} read and one bulk of whole-document replacements by {@code _id} per batch. */
@Repository
class MongoLeadHistories implements LeadHistories {

    private final MongoTemplate mongo;

    MongoLeadHistories(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Map<String, LeadHistory> findAll(Collection<String> leadIds) {
        Map<String, LeadHistory> found = new LinkedHashMap<>();
        for (LeadHistoryDocument document : IdQueries.findAll(mongo, leadIds, LeadHistoryDocument.class)) {
            found.put(document.leadId(), document.toHistory());
        }
        return found;
    }

    @Override
    public void saveAll(List<LeadHistory> histories) {
        BulkOperations bulk = mongo.bulkOps(BulkMode.UNORDERED, LeadHistoryDocument.class);
        for (LeadHistory history : histories) {
            bulk.replaceOne(query(where("_id").is(history.leadId())), LeadHistoryDocument.of(history),
                    FindAndReplaceOptions.options().upsert());
        }
        bulk.execute();
    }
}
