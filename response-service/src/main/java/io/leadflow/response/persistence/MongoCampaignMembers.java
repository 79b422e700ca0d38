package io.leadflow.response.persistence;

import static io.leadflow.response.persistence.CampaignMemberDocument.ACTIVATION_PUBLISHED;
import static io.leadflow.response.persistence.CampaignMemberDocument.CLOSED_BY_EVENT_ID;
import static io.leadflow.response.persistence.CampaignMemberDocument.CLOSED_REASON;
import static io.leadflow.response.persistence.CampaignMemberDocument.FIRST_OWNER;
import static io.leadflow.response.persistence.CampaignMemberDocument.FIRST_OWNER_ASSIGNED_AT;
import static io.leadflow.response.persistence.CampaignMemberDocument.FIRST_OWNER_EVENT_ID;
import static io.leadflow.response.persistence.CampaignMemberDocument.FIRST_OWNER_METHOD;
import static io.leadflow.response.persistence.CampaignMemberDocument.FUNNEL_CLOSED_AT;
import static io.leadflow.response.persistence.CampaignMemberDocument.LEAD_ID;
import static io.leadflow.response.persistence.CampaignMemberDocument.RESPONDED_AT;
import static io.leadflow.response.persistence.CampaignMemberDocument.RESPONSE_STATUS;
import static io.leadflow.response.persistence.CampaignMemberDocument.TIME_TO_FIRST_OWNER_MILLIS;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import io.leadflow.response.domain.CampaignMember;
import io.leadflow.response.domain.CampaignMembers;
import io.leadflow.response.domain.FirstOwner;
import io.leadflow.response.domain.FunnelClosure;
import io.leadflow.response.domain.ResponseStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

@Repository
class MongoCampaignMembers implements CampaignMembers {

    private static final String ID = "_id";

    private final MongoTemplate mongo;

    MongoCampaignMembers(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<CampaignMember> find(String responseId) {
        return Optional.ofNullable(mongo.findById(responseId, CampaignMemberDocument.class))
                .map(CampaignMemberDocument::toMember);
    }

    @Override
    public List<CampaignMember> findByLead(String leadId) {
        return mongo.find(query(where(LEAD_ID).is(leadId)).with(Sort.by(Sort.Direction.DESC, RESPONDED_AT)),
                        CampaignMemberDocument.class)
                .stream()
                .map(CampaignMemberDocument::toMember)
                .toList();
    }

    @Override
    public void insert(CampaignMember member) {
        mongo.insert(CampaignMemberDocument.of(member));
    }

    @Override
    public void markActivationPublished(String responseId) {
        mongo.updateFirst(query(where(ID).is(responseId)), Update.update(ACTIVATION_PUBLISHED, true),
                CampaignMemberDocument.class);
    }

    @Override
    public List<String> closeActiveResponses(String leadId, Instant respondedUpTo, FunnelClosure closure) {
        mongo.updateMulti(
                query(where(LEAD_ID).is(leadId)
                        .and(RESPONSE_STATUS).is(ResponseStatus.ACTIVE)
                        .and(RESPONDED_AT).lte(respondedUpTo)),
                new Update()
                        .set(RESPONSE_STATUS, ResponseStatus.CLOSED)
                        .set(FUNNEL_CLOSED_AT, closure.closedAt())
                        .set(CLOSED_REASON, closure.reason())
                        .set(CLOSED_BY_EVENT_ID, closure.eventId()),
                CampaignMemberDocument.class);
        return mongo.find(query(where(LEAD_ID).is(leadId).and(CLOSED_BY_EVENT_ID).is(closure.eventId())),
                        CampaignMemberDocument.class)
                .stream()
                .map(CampaignMemberDocument::responseId)
                .toList();
    }

    @Override
    public void recordFirstOwnerIfUnset(String responseId, FirstOwner firstOwner) {
        mongo.updateFirst(
                query(where(ID).is(responseId).and(FIRST_OWNER).is(null)),
                new Update()
                        .set(FIRST_OWNER, OwnerDocument.of(firstOwner.owner()))
                        .set(FIRST_OWNER_ASSIGNED_AT, firstOwner.assignedAt())
                        .set(TIME_TO_FIRST_OWNER_MILLIS, firstOwner.timeToFirstOwnerMillis())
                        .set(FIRST_OWNER_METHOD, firstOwner.method())
                        .set(FIRST_OWNER_EVENT_ID, firstOwner.eventId()),
                CampaignMemberDocument.class);
    }
}
