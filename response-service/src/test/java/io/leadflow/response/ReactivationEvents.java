package io.leadflow.response;

import io.leadflow.events.ReactivationAction;
import io.leadflow.events.ReactivationTrigger;
import io.leadflow.events.ResponseCreated;
import io.leadflow.events.ResponseReactivationDecided;
import io.leadflow.testsupport.TestEvents;
import java.util.UUID;

/**
 * Object mother for reactivation-service's decisions: valid, realistic defaults (a score reactivation that routes
 * and notifies, with the lead as it is now) that a test changes only where it matters.
 */
final class ReactivationEvents {

    static final String DEFAULT_CAMPAIGN_ID = "701-reactivation-default";
    static final String DEFAULT_CAMPAIGN_NAME = "Reactivation Default";

    private ReactivationEvents() {
    }

    static ResponseReactivationDecided.Builder reactivationDecided(String leadId, ReactivationAction action) {
        return ResponseReactivationDecided.newBuilder()
                .setEventId(UUID.randomUUID().toString()).setOccurredAt(TestEvents.now())
                .setCorrelationId(UUID.randomUUID().toString()).setLeadId(leadId)
                .setScenario("Score Reactivation").setTrigger(ReactivationTrigger.SCORE).setAction(action)
                .setTriggerAssignment(true).setTriggerNotification(true)
                .setLead(TestEvents.lead().setScore(92).setStatus("Working").build())
                .setReason("score rose from 30 to 92").setTriggerEventId(UUID.randomUUID().toString());
    }

    static ResponseReactivationDecided.Builder reactivating(ResponseCreated response) {
        return reactivationDecided(response.getLeadId(), ReactivationAction.REACTIVATE_RESPONSE)
                .setResponseId(response.getResponseId());
    }

    static ResponseReactivationDecided.Builder activatingNonResponse(ResponseCreated nonResponse) {
        return reactivationDecided(nonResponse.getLeadId(), ReactivationAction.ACTIVATE_NON_RESPONSE)
                .setResponseId(nonResponse.getResponseId());
    }

    static ResponseReactivationDecided.Builder insertingDefaultMember(String leadId) {
        return reactivationDecided(leadId, ReactivationAction.INSERT_DEFAULT_MEMBER)
                .setDefaultCampaignId(DEFAULT_CAMPAIGN_ID).setDefaultCampaignName(DEFAULT_CAMPAIGN_NAME);
    }
}
