package io.leadflow.response.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Object mother for domain responses: a qualifying response by default, changed where a test needs. */
final class Responses {

    static final Instant RESPONDED_AT = Instant.parse("2026-11-23T19:04:05.123Z");

    private Responses() {
    }

    static CampaignResponse response(boolean responded, Integer score, String status) {
        return response("701-spring-webinar", "Responded", responded, score, status);
    }

    /** A qualifying response of a lead, responded at a given time. */
    static CampaignResponse response(String responseId, String leadId, Instant respondedAt) {
        return response(responseId, leadId, respondedAt, 85);
    }

    /** A response of a lead with the given score: below 50 it does not qualify. */
    static CampaignResponse response(String responseId, String leadId, Instant respondedAt, int score) {
        CampaignResponse template = response(true, score, "Open");
        return new CampaignResponse(responseId, leadId, "corr-" + responseId, template.campaignId(),
                template.campaignName(), template.memberStatus(), true, respondedAt, template.lead());
    }

    static CampaignResponse response(String campaignId, String memberStatus, boolean responded, Integer score,
            String status) {
        LeadSnapshot lead = new LeadSnapshot(new Owner("00G-inbound", OwnerKind.QUEUE, "Inbound Leads Queue"),
                score, status, new LeadAttributes("Dana", "Reyes", "dana.reyes@acme.example", "VP Operations",
                        "Acme Corp", 1200, "US", "CA", "Manufacturing", List.of("webinar"), Map.of("region", "AMER")));
        return new CampaignResponse("00v-1", "00Q-1", "corr-1", campaignId, "Spring Webinar", memberStatus, responded,
                RESPONDED_AT, lead);
    }
}
