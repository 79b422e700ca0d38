package io.leadflow.response.persistence;

import static io.leadflow.response.persistence.LeadFunnelDocument.ACTIVE_RESPONSE_ID;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import io.leadflow.response.domain.LeadFunnels;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

@Repository
class MongoLeadFunnels implements LeadFunnels {

    private static final String ID = "_id";

    private final MongoTemplate mongo;

    MongoLeadFunnels(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<String> claimActiveResponse(String leadId, String responseId) {
        // A lead seen for the first time gets its document, so the claim below is one conditional update.
        mongo.upsert(query(where(ID).is(leadId)), new Update().setOnInsert(ACTIVE_RESPONSE_ID, null),
                LeadFunnelDocument.class);
        LeadFunnelDocument claimed = mongo.findAndModify(
                query(where(ID).is(leadId).and(ACTIVE_RESPONSE_ID).in(null, responseId)),
                Update.update(ACTIVE_RESPONSE_ID, responseId),
                LeadFunnelDocument.class);
        if (claimed != null) {
            return Optional.empty();
        }
        Optional<String> holder = Optional.ofNullable(mongo.findById(leadId, LeadFunnelDocument.class))
                .map(LeadFunnelDocument::activeResponseId);
        // Released between the claim and the read: claim again.
        return holder.isPresent() ? holder : claimActiveResponse(leadId, responseId);
    }

    @Override
    public void releaseActiveResponse(String leadId, String responseId) {
        mongo.updateFirst(query(where(ID).is(leadId).and(ACTIVE_RESPONSE_ID).is(responseId)),
                Update.update(ACTIVE_RESPONSE_ID, null), LeadFunnelDocument.class);
    }
}
