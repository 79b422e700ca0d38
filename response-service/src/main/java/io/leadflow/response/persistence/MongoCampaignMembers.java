package io.leadflow.response.persistence;

import static io.leadflow.response.persistence.CampaignMemberDocument.ACTIVATED_AT;
import static io.leadflow.response.persistence.CampaignMemberDocument.ACTIVATION_PUBLISHED;
import static io.leadflow.response.persistence.CampaignMemberDocument.CLOSED_BY_EVENT_ID;
import static io.leadflow.response.persistence.CampaignMemberDocument.CLOSED_REASON;
import static io.leadflow.response.persistence.CampaignMemberDocument.FIRST_OWNER;
import static io.leadflow.response.persistence.CampaignMemberDocument.FIRST_OWNER_ASSIGNED_AT;
import static io.leadflow.response.persistence.CampaignMemberDocument.FIRST_OWNER_EVENT_ID;
import static io.leadflow.response.persistence.CampaignMemberDocument.FIRST_OWNER_METHOD;
import static io.leadflow.response.persistence.CampaignMemberDocument.FUNNEL_CLOSED_AT;
import static io.leadflow.response.persistence.CampaignMemberDocument.LAST_REACTIVATED_AT;
import static io.leadflow.response.persistence.CampaignMemberDocument.LEAD_ID;
import static io.leadflow.response.persistence.CampaignMemberDocument.REACTIVATION_COUNT;
import static io.leadflow.response.persistence.CampaignMemberDocument.REACTIVATION_DECISION_ID;
import static io.leadflow.response.persistence.CampaignMemberDocument.REACTIVATION_SCENARIO;
import static io.leadflow.response.persistence.CampaignMemberDocument.RESOLUTION;
import static io.leadflow.response.persistence.CampaignMemberDocument.RESPONDED_AT;
import static io.leadflow.response.persistence.CampaignMemberDocument.RESPONSE_STATUS;
import static io.leadflow.response.persistence.CampaignMemberDocument.TIME_TO_FIRST_OWNER_MILLIS;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.mongodb.ErrorCategory;
import com.mongodb.bulk.BulkWriteError;
import io.leadflow.response.domain.CampaignMember;
import io.leadflow.response.domain.CampaignMembers;
import io.leadflow.response.domain.FirstOwner;
import io.leadflow.response.domain.FunnelClosure;
import io.leadflow.response.domain.Reactivation;
import io.leadflow.response.domain.ResponseStatus;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.BulkOperations.BulkMode;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/** Campaign members in MongoDB: every batch read is one {@code _id $in} query, every batch write one bulk write. */
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
    public Map<String, CampaignMember> findAll(Collection<String> responseIds) {
        if (responseIds.isEmpty()) {
            return Map.of();
        }
        return mongo.find(query(where(ID).in(responseIds)), CampaignMemberDocument.class).stream()
                .map(CampaignMemberDocument::toMember)
                .collect(Collectors.toMap(CampaignMember::responseId, Function.identity()));
    }

    @Override
    public Set<String> insert(List<CampaignMember> members) {
        if (members.isEmpty()) {
            return Set.of();
        }
        List<CampaignMemberDocument> documents = members.stream().map(CampaignMemberDocument::of).toList();
        try {
            // Unordered: a member stored already does not keep the others from being stored.
            mongo.bulkOps(BulkMode.UNORDERED, CampaignMemberDocument.class).insert(documents).execute();
            return Set.of();
        } catch (BulkOperationException failure) {
            Set<String> stored = new LinkedHashSet<>();
            for (BulkWriteError error : failure.getErrors()) {
                if (ErrorCategory.fromErrorCode(error.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                    throw failure;
                }
                stored.add(documents.get(error.getIndex()).responseId());
            }
            return stored;
        }
    }

    @Override
    public void markActivationsPublished(Collection<String> responseIds) {
        if (responseIds.isEmpty()) {
            return;
        }
        mongo.updateMulti(query(where(ID).in(responseIds)), Update.update(ACTIVATION_PUBLISHED, true),
                CampaignMemberDocument.class);
    }

    @Override
    public void closeFunnels(Map<String, FunnelClosure> closures) {
        if (closures.isEmpty()) {
            return;
        }
        BulkOperations bulk = mongo.bulkOps(BulkMode.UNORDERED, CampaignMemberDocument.class);
        closures.forEach((responseId, closure) -> bulk.updateOne(query(where(ID).is(responseId)), new Update()
                .set(RESPONSE_STATUS, ResponseStatus.CLOSED)
                .set(FUNNEL_CLOSED_AT, closure.closedAt())
                .set(CLOSED_REASON, closure.reason())
                .set(CLOSED_BY_EVENT_ID, closure.eventId())));
        bulk.execute();
    }

    @Override
    public void recordFirstOwners(Map<String, FirstOwner> firstOwners) {
        if (firstOwners.isEmpty()) {
            return;
        }
        BulkOperations bulk = mongo.bulkOps(BulkMode.UNORDERED, CampaignMemberDocument.class);
        firstOwners.forEach((responseId, first) -> bulk.updateOne(query(where(ID).is(responseId)), new Update()
                .set(FIRST_OWNER, OwnerDocument.of(first.owner()))
                .set(FIRST_OWNER_ASSIGNED_AT, first.assignedAt())
                .set(TIME_TO_FIRST_OWNER_MILLIS, first.timeToFirstOwnerMillis())
                .set(FIRST_OWNER_METHOD, first.method())
                .set(FIRST_OWNER_EVENT_ID, first.eventId())));
        bulk.execute();
    }

    @Override
    public void recordReactivations(List<CampaignMember> reactivated) {
        if (reactivated.isEmpty()) {
            return;
        }
        BulkOperations bulk = mongo.bulkOps(BulkMode.UNORDERED, CampaignMemberDocument.class);
        for (CampaignMember member : reactivated) {
            Reactivation reactivation = member.reactivation();
            bulk.updateOne(query(where(ID).is(member.responseId())), new Update()
                    .set(RESPONSE_STATUS, member.responseStatus())
                    .set(RESOLUTION, member.resolution())
                    .set(ACTIVATED_AT, member.activatedAt())
                    .set(ACTIVATION_PUBLISHED, member.activationPublished())
                    // Open again, so no closing: the last one stays on record as its response.closed event.
                    .unset(FUNNEL_CLOSED_AT)
                    .unset(CLOSED_REASON)
                    .unset(CLOSED_BY_EVENT_ID)
                    .set(REACTIVATION_COUNT, reactivation.count())
                    .set(LAST_REACTIVATED_AT, reactivation.lastReactivatedAt())
                    .set(REACTIVATION_SCENARIO, reactivation.scenario())
                    .set(REACTIVATION_DECISION_ID, reactivation.decisionId()));
        }
        bulk.execute();
    }
}
