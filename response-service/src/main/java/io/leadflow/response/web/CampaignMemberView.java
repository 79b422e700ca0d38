package io.leadflow.response.web;

import io.leadflow.response.domain.CampaignMember;
import io.leadflow.response.domain.CampaignResponse;
import io.leadflow.response.domain.FirstOwner;
import io.leadflow.response.domain.FunnelClosure;
import io.leadflow.response.domain.Reactivation;
import java.time.Instant;

/**
 * The JSON of a campaign member. A contract: the end-to-end test and the demo read these field names.
 *
 * @param responseStatus the status's display label, e.g. "Resolved - No Action Required"
 * @param reactivationCount how many reactivation decisions activated it, 0 if none did
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
        String firstOwnerMethod,
        int reactivationCount,
        Instant lastReactivatedAt,
        String reactivationScenario,
        String reactivationDecisionId) {

    record OwnerView(String id, String kind, String name) {
    }

    static CampaignMemberView of(CampaignMember member) {
        CampaignResponse response = member.response();
        FirstOwner first = member.firstOwner();
        FunnelClosure closure = member.closure();
        Reactivation reactivation = member.reactivation();
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
                first == null ? null : first.method().name(),
                reactivation == null ? 0 : reactivation.count(),
                reactivation == null ? null : reactivation.lastReactivatedAt(),
                reactivation == null ? null : reactivation.scenario(),
                reactivation == null ? null : reactivation.decisionId());
    }
}
