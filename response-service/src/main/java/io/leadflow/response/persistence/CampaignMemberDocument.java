package io.leadflow.response.persistence;

import io.leadflow.response.domain.AssignmentMethod;
import io.leadflow.response.domain.CampaignMember;
import io.leadflow.response.domain.CampaignResponse;
import io.leadflow.response.domain.FirstOwner;
import io.leadflow.response.domain.FunnelClosure;
import io.leadflow.response.domain.Reactivation;
import io.leadflow.response.domain.ResponseStatus;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A campaign member in collection {@code campaign_members}, keyed by the response id. The hot path reads and
 * writes it by {@code _id} only; listing a lead's members (the REST API) is served by the index on the lead id
 * and the response time, the order it lists them in.
 *
 * @param closedByEventId the event that closed its funnel, so a redelivery of that event finds its work
 * @param reactivationCount how many reactivation decisions activated it; null (none) in documents written before
 */
@Document(CampaignMemberDocument.COLLECTION)
@CompoundIndex(name = CampaignMemberDocument.LEAD_INDEX, def = "{'leadId': 1, 'respondedAt': -1}")
record CampaignMemberDocument(
        @Id String responseId,
        String leadId,
        String correlationId,
        String campaignId,
        String campaignName,
        String memberStatus,
        boolean responded,
        Instant respondedAt,
        LeadSnapshotDocument lead,
        ResponseStatus responseStatus,
        String resolution,
        Instant activatedAt,
        boolean activationPublished,
        Instant funnelClosedAt,
        String closedReason,
        String closedByEventId,
        OwnerDocument firstOwner,
        Instant firstOwnerAssignedAt,
        Long timeToFirstOwnerMillis,
        AssignmentMethod firstOwnerMethod,
        String firstOwnerEventId,
        Integer reactivationCount,
        Instant lastReactivatedAt,
        String reactivationScenario,
        String reactivationDecisionId) {

    static final String COLLECTION = "campaign_members";
    static final String LEAD_INDEX = "leadId_respondedAt";

    static final String LEAD_ID = "leadId";
    static final String RESPONDED_AT = "respondedAt";
    static final String RESPONSE_STATUS = "responseStatus";
    static final String RESOLUTION = "resolution";
    static final String ACTIVATED_AT = "activatedAt";
    static final String ACTIVATION_PUBLISHED = "activationPublished";
    static final String FUNNEL_CLOSED_AT = "funnelClosedAt";
    static final String CLOSED_REASON = "closedReason";
    static final String CLOSED_BY_EVENT_ID = "closedByEventId";
    static final String FIRST_OWNER = "firstOwner";
    static final String FIRST_OWNER_ASSIGNED_AT = "firstOwnerAssignedAt";
    static final String TIME_TO_FIRST_OWNER_MILLIS = "timeToFirstOwnerMillis";
    static final String FIRST_OWNER_METHOD = "firstOwnerMethod";
    static final String FIRST_OWNER_EVENT_ID = "firstOwnerEventId";
    static final String REACTIVATION_COUNT = "reactivationCount";
    static final String LAST_REACTIVATED_AT = "lastReactivatedAt";
    static final String REACTIVATION_SCENARIO = "reactivationScenario";
    static final String REACTIVATION_DECISION_ID = "reactivationDecisionId";

    static CampaignMemberDocument of(CampaignMember member) {
        CampaignResponse response = member.response();
        FirstOwner first = member.firstOwner();
        FunnelClosure closure = member.closure();
        Reactivation reactivation = member.reactivation();
        return new CampaignMemberDocument(
                response.responseId(), response.leadId(), response.correlationId(), response.campaignId(),
                response.campaignName(), response.memberStatus(), response.responded(), response.respondedAt(),
                LeadSnapshotDocument.of(response.lead()),
                member.responseStatus(), member.resolution(), member.activatedAt(), member.activationPublished(),
                closure == null ? null : closure.closedAt(),
                closure == null ? null : closure.reason(),
                closure == null ? null : closure.eventId(),
                first == null ? null : OwnerDocument.of(first.owner()),
                first == null ? null : first.assignedAt(),
                first == null ? null : first.timeToFirstOwnerMillis(),
                first == null ? null : first.method(),
                first == null ? null : first.eventId(),
                reactivation == null ? null : reactivation.count(),
                reactivation == null ? null : reactivation.lastReactivatedAt(),
                reactivation == null ? null : reactivation.scenario(),
                reactivation == null ? null : reactivation.decisionId());
    }

    CampaignMember toMember() {
        CampaignResponse response = new CampaignResponse(responseId, leadId, correlationId, campaignId, campaignName,
                memberStatus, responded, respondedAt, lead.toSnapshot());
        FirstOwner first = firstOwner == null ? null : new FirstOwner(
                firstOwner.toOwner(), firstOwnerAssignedAt, timeToFirstOwnerMillis, firstOwnerMethod, firstOwnerEventId);
        FunnelClosure closure = funnelClosedAt == null ? null
                : new FunnelClosure(closedByEventId, funnelClosedAt, closedReason);
        Reactivation reactivation = reactivationCount == null ? null : new Reactivation(
                reactivationCount, lastReactivatedAt, reactivationScenario, reactivationDecisionId);
        return new CampaignMember(response, responseStatus, resolution, activatedAt, activationPublished, closure,
                first, reactivation);
    }
}
