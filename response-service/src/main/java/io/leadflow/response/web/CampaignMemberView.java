package io.leadflow.response.web;

import io.leadflow.response.domain.CampaignMember;
import io.leadflow.response.domain.CampaignResponse;
import io.leadflow.response.domain.FirstOwner;
import io.leadflow.response.domain.FunnelClosure;
import java.time.Instant;

/**
 * The JSON of a campaign member. A contract: the end-to-end test and the demo read these field names.
 *
 * @param responseStatus the status's display label, e.g. "Resolved - No Action Required"
 */
record CampaignMemberView(
        String responseId,
        String leadId,
        String campaignId,
        String campaignName,
        String memberStatus,
        boolean responded,
        String responseStatus,
        String resolution,
        Instant respondedAt,
        Instant activatedAt,
        Instant funnelClosedAt,
        String closedReason,
        OwnerView firstOwner,
        Instant firstOwnerAssignedAt,
        Long timeToFirstOwnerMillis,
        String firstOwnerMethod) {

    record OwnerView(String id, String kind, String name) {
    }

    static CampaignMemberView of(CampaignMember member) {
        CampaignResponse response = member.response();
        FirstOwner first = member.firstOwner();
        FunnelClosure closure = member.closure();
        return new CampaignMemberView(
                response.responseId(), response.leadId(), response.campaignId(), response.campaignName(),
                response.memberStatus(), response.responded(), member.responseStatus().label(), member.resolution(),
                response.respondedAt(), member.activatedAt(),
                closure == null ? null : closure.closedAt(),
                closure == null ? null : closure.reason(),
                first == null ? null
                        : new OwnerView(first.owner().id(), first.owner().kind().name(), first.owner().name()),
                first == null ? null : first.assignedAt(),
                first == null ? null : first.timeToFirstOwnerMillis(),
                first == null ? null : first.method().name());
    }
}
