package io.leadflow.response.persistence;

import static io.leadflow.response.persistence.LeadFunnelDocument.ACTIVE_RESPONSES;
import static io.leadflow.response.persistence.LeadFunnelDocument.ACTIVE_RESPONSE_ID;
import static io.leadflow.response.persistence.LeadFunnelDocument.REACTIVATION_REFUSALS;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import io.leadflow.response.domain.ActiveResponse;
import io.leadflow.response.domain.FunnelUpdate;
import io.leadflow.response.domain.LeadFunnel;
import io.leadflow.response.domain.LeadFunnels;
import io.leadflow.response.domain.ReactivationRefusal;
import io.leadflow.response.persistence.LeadFunnelDocument.ActiveResponseDocument;
import io.leadflow.response.persistence.LeadFunnelDocument.ReactivationRefusalDocument;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.BulkOperations.BulkMode;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * Lead funnels in MongoDB: a batch reads them with one {@code _id $in} query and changes them with one bulk
 * write of single-document updates by {@code _id}. An update adds entries ({@code $addToSet}) or removes them
 * ({@code $pull}) rather than replacing the list, so the consumers that change a funnel never undo each other's
 * change; refusals are appended ({@code $push} keeping the last ones). Each update that opens or closes also sets
 * {@code activeResponseId} to the first open response as the batch sees it; no decision reads it. With one active
 * response per lead it is exact: only a funnel read empty gains a response and only one read holding it loses it,
 * so the consumers never change it at the same time.
 *
 * <p>Refusals are counted in {@value #REFUSALS_METRIC} once they are stored.
 */
@Repository
class MongoLeadFunnels implements LeadFunnels {

    static final String REFUSALS_METRIC = "leadflow.reactivation.refusals";

    private static final String ID = "_id";

    private final MongoTemplate mongo;
    private final Counter refusals;

    MongoLeadFunnels(MongoTemplate mongo, MeterRegistry meters) {
        this.mongo = mongo;
        this.refusals = Counter.builder(REFUSALS_METRIC)
                .description("Reactivation decisions refused (recorded on the lead's funnel, nothing activated)")
                .register(meters);
    }

    @Override
    public Optional<LeadFunnel> find(String leadId) {
        return Optional.ofNullable(findAll(List.of(leadId)).get(leadId));
    }

    @Override
    public Map<String, LeadFunnel> findAll(Collection<String> leadIds) {
        List<LeadFunnelDocument> documents = mongo.find(query(where(ID).in(leadIds)), LeadFunnelDocument.class);
        Map<String, LeadFunnel> funnels = new LinkedHashMap<>();
        List<LeadFunnelDocument> legacy = documents.stream().filter(LeadFunnelDocument::isLegacy).toList();
        Map<String, Instant> respondedAt = legacy.isEmpty() ? Map.of() : respondedAt(legacy);
        for (LeadFunnelDocument document : documents) {
            ActiveResponse legacyResponse = document.isLegacy() ? new ActiveResponse(document.activeResponseId(),
                    respondedAt.getOrDefault(document.activeResponseId(), Instant.EPOCH)) : null;
            funnels.put(document.leadId(), document.toFunnel(legacyResponse));
        }
        return funnels;
    }

    /**
     * When the open active responses of funnels written before the service kept their times happened, from their
     * campaign members (one more {@code _id $in} query, only while such funnels are read).
     */
    private Map<String, Instant> respondedAt(List<LeadFunnelDocument> legacy) {
        Map<String, Instant> times = new LinkedHashMap<>();
        mongo.find(query(where(ID).in(legacy.stream().map(LeadFunnelDocument::activeResponseId).toList())),
                        CampaignMemberDocument.class)
                .forEach(member -> times.put(member.responseId(), member.respondedAt()));
        return times;
    }

    @Override
    public void update(List<FunnelUpdate> updates) {
        if (updates.stream().allMatch(FunnelUpdate::changesNothing)) {
            return;
        }
        BulkOperations bulk = mongo.bulkOps(BulkMode.UNORDERED, LeadFunnelDocument.class);
        for (FunnelUpdate update : updates) {
            Query lead = query(where(ID).is(update.leadId()));
            if (!update.opened().isEmpty()) {
                bulk.upsert(lead, new Update()
                        .addToSet(ACTIVE_RESPONSES).each(update.opened().stream().map(MongoLeadFunnels::entry).toArray())
                        .set(ACTIVE_RESPONSE_ID, update.openActiveResponseId()));
            }
            if (!update.closed().isEmpty()) {
                List<String> closed = update.closed().stream().map(ActiveResponse::responseId).toList();
                bulk.updateOne(lead, new Update()
                        .pull(ACTIVE_RESPONSES, new Document(ActiveResponseDocument.RESPONSE_ID, new Document("$in", closed)))
                        .set(ACTIVE_RESPONSE_ID, update.openActiveResponseId()));
            }
            if (!update.refused().isEmpty()) {
                bulk.upsert(lead, new Update().push(REACTIVATION_REFUSALS).slice(-LeadFunnel.REFUSALS_KEPT)
                        .each(update.refused().stream().map(MongoLeadFunnels::refusal).toArray()));
            }
        }
        bulk.execute();
        refusals.increment(updates.stream().mapToInt(update -> update.refused().size()).sum());
    }

    /** An entry as stored, built by hand so that adding the same one twice finds it equal. */
    private static Document entry(ActiveResponse response) {
        return new Document(ActiveResponseDocument.RESPONSE_ID, response.responseId())
                .append(ActiveResponseDocument.OPENED_AT, Date.from(response.openedAt()));
    }

    private static Document refusal(ReactivationRefusal refusal) {
        return new Document(ReactivationRefusalDocument.DECISION_ID, refusal.decisionId())
                .append(ReactivationRefusalDocument.SCENARIO, refusal.scenario())
                .append(ReactivationRefusalDocument.ACTION, refusal.action().name())
                .append(ReactivationRefusalDocument.REFUSED_AT, Date.from(refusal.refusedAt()))
                .append(ReactivationRefusalDocument.REASON, refusal.reason());
    }
}
