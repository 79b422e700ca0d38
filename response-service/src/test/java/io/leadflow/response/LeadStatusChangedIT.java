package io.leadflow.response;

import static io.leadflow.testsupport.TestEvents.newLeadId;
import static io.leadflow.testsupport.TestEvents.responseCreated;
import static io.leadflow.testsupport.TestEvents.statusChanged;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.leadflow.events.LeadStatusChanged;
import io.leadflow.events.ResponseCreated;
import io.leadflow.response.domain.CampaignMember;
import io.leadflow.response.domain.CampaignMembers;
import io.leadflow.response.messaging.EventMapping;
import io.leadflow.schemas.Topics;
import io.leadflow.testsupport.TopicProbe.DeadLetter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class LeadStatusChangedIT extends ResponseServiceIT {

    @Autowired
    CampaignMembers members;

    @Test
    void shouldCloseTheActiveResponseWhenTheLeadConvertsSoTheNextResponseActivates() {
        String leadId = newLeadId();
        ResponseCreated first = activate(responseCreated(leadId).build());
        LeadStatusChanged converted = statusChanged(leadId, "Working", "Converted").build();

        publish(Topics.LEAD_STATUS_CHANGED, converted);

        assertThat(probe.awaitEvent(Topics.RESPONSE_CLOSED, leadId)).isEqualTo(closingOf(first, converted));
        JsonNode closed = awaitCampaignMember(first.getResponseId(), "Closed");
        assertThat(closed.get("closedReason").asString()).isEqualTo("lead status changed to Converted");
        assertThat(closed.get("funnelClosedAt").asString()).isEqualTo(converted.getOccurredAt().toString());
        assertThat(closed.get("activatedAt").asString()).isEqualTo(NOW.toString());
        await().until(() -> storedLead(leadId).getString("activeResponseId") == null);

        ResponseCreated next = responseCreated(leadId).setOccurredAt(converted.getOccurredAt().plusSeconds(60)).build();
        publish(Topics.RESPONSE_CREATED, next);

        assertThat(probe.awaitEvents(Topics.RESPONSE_ACTIVATED, leadId, 2))
                .containsExactly(activationOf(first, NOW), activationOf(next, NOW));
        awaitCampaignMember(next.getResponseId(), "Active");
        assertThat(storedLead(leadId).getString("activeResponseId")).isEqualTo(next.getResponseId());
    }

    @Test
    void shouldKeepTheActiveResponseOpenWhenTheNewStatusDoesNotCloseTheFunnel() {
        String leadId = newLeadId();
        ResponseCreated first = activate(responseCreated(leadId).build());

        publish(Topics.LEAD_STATUS_CHANGED, statusChanged(leadId, "Open", "Working").build());
        // Same lead, same partition: this one is handled after the Working change and tells whether it closed.
        publish(Topics.LEAD_STATUS_CHANGED, statusChanged(leadId, "Working", "Disqualified").build());

        assertThat(awaitCampaignMember(first.getResponseId(), "Closed").get("closedReason").asString())
                .isEqualTo("lead status changed to Disqualified");
    }

    @Test
    void shouldChangeNothingWhenAStatusChangeIsDeliveredAgainAfterANewResponseActivated() {
        String leadId = newLeadId();
        ResponseCreated first = activate(responseCreated(leadId).build());
        LeadStatusChanged converted = statusChanged(leadId, "Working", "Converted").build();
        publish(Topics.LEAD_STATUS_CHANGED, converted);
        awaitCampaignMember(first.getResponseId(), "Closed");
        ResponseCreated next = responseCreated(leadId).setOccurredAt(converted.getOccurredAt().plusSeconds(60)).build();
        publish(Topics.RESPONSE_CREATED, next);
        probe.awaitEvents(Topics.RESPONSE_ACTIVATED, leadId, 2);

        publish(Topics.LEAD_STATUS_CHANGED, converted);
        LeadStatusChanged recycled = statusChanged(leadId, "Converted", "Recycled")
                .setOccurredAt(converted.getOccurredAt().plusSeconds(120)).build();
        publish(Topics.LEAD_STATUS_CHANGED, recycled);

        // Had the redelivered Converted closed the new response, its reason would name Converted.
        JsonNode closedNext = awaitCampaignMember(next.getResponseId(), "Closed");
        assertThat(closedNext.get("closedReason").asString()).isEqualTo("lead status changed to Recycled");
        assertThat(closedNext.get("funnelClosedAt").asString()).isEqualTo(recycled.getOccurredAt().toString());
        assertThat(campaignMember(first.getResponseId()).get("funnelClosedAt").asString())
                .isEqualTo(converted.getOccurredAt().toString());
        assertThat(probe.awaitEvents(Topics.RESPONSE_CLOSED, leadId, 2))
                .containsExactly(closingOf(first, converted), closingOf(next, recycled));
    }

    @Test
    void shouldPublishTheClosingExactlyOnceWhenTheStatusChangeIsDeliveredTwice() {
        String leadId = newLeadId();
        ResponseCreated first = activate(responseCreated(leadId).build());
        LeadStatusChanged converted = statusChanged(leadId, "Working", "Converted").build();

        publish(Topics.LEAD_STATUS_CHANGED, converted);
        publish(Topics.LEAD_STATUS_CHANGED, converted);

        ClosedLater later = closeANewResponseAfter(leadId, converted);
        assertThat(probe.awaitEvents(Topics.RESPONSE_CLOSED, leadId, 2))
                .containsExactly(closingOf(first, converted), closingOf(later.response(), later.change()));
    }

    @Test
    void shouldPublishAClosingWhosePublishingFailedWithTheSameEventIdAndReleaseTheFunnelOnlyThen() {
        String leadId = newLeadId();
        ResponseCreated first = activate(responseCreated(leadId).build());
        LeadStatusChanged converted = statusChanged(leadId, "Working", "Converted").build();
        closurePublisher.failing.failOnceFor(first.getResponseId());

        publish(Topics.LEAD_STATUS_CHANGED, converted);

        assertThat(probe.awaitEvent(Topics.RESPONSE_CLOSED, leadId)).isEqualTo(closingOf(first, converted));
        assertThat(closurePublisher.failing.failedFor(first.getResponseId())).isTrue();
        ClosedLater later = closeANewResponseAfter(leadId, converted);
        assertThat(probe.awaitEvents(Topics.RESPONSE_CLOSED, leadId, 2))
                .containsExactly(closingOf(first, converted), closingOf(later.response(), later.change()));
        assertThat(campaignMember(first.getResponseId()).get("closedReason").asString())
                .isEqualTo("lead status changed to Converted");
    }

    @Test
    void shouldDeadLetterAnUndecodableRecordAndCarryOn() {
        String leadId = newLeadId();
        ResponseCreated first = activate(responseCreated(leadId).build());
        byte[] garbage = "Converted".getBytes(StandardCharsets.UTF_8);

        upstream.publishRaw(Topics.LEAD_STATUS_CHANGED, leadId, garbage);
        publish(Topics.LEAD_STATUS_CHANGED, statusChanged(leadId, "Working", "Converted").build());

        DeadLetter dead = probe.awaitDeadLetter(Topics.LEAD_STATUS_CHANGED, leadId);
        assertThat(dead.value()).isEqualTo(garbage);
        assertThat(dead.reason()).startsWith("lead.status.changed: not a LeadStatusChanged in Avro single-object encoding");
        awaitCampaignMember(first.getResponseId(), "Closed");
    }

    @Test
    void shouldReopenTheFunnelThatABatchOfStatusChangesClosedWithTheFirstQualifyingResponseOfTheNextBatch() {
        String leadId = newLeadId();
        ResponseCreated first = activate(responseCreated(leadId).build());
        LeadStatusChanged converted = statusChanged(leadId, "Working", "Converted").build();
        LeadStatusChanged recycled = statusChanged(leadId, "Converted", "Recycled")
                .setOccurredAt(converted.getOccurredAt().plusSeconds(1)).build();

        publishInOnePoll(Topics.LEAD_STATUS_CHANGED,
                List.of(statusChanged(leadId, "Open", "Working").build(), converted, converted, recycled));

        JsonNode closed = awaitCampaignMember(first.getResponseId(), "Closed");
        assertThat(closed.get("closedReason").asString()).isEqualTo("lead status changed to Converted");
        assertThat(closed.get("funnelClosedAt").asString()).isEqualTo(converted.getOccurredAt().toString());
        ResponseCreated reopening = responseCreated(leadId).setOccurredAt(recycled.getOccurredAt().plusSeconds(60))
                .build();
        ResponseCreated blocked = responseCreated(leadId).setCampaignId("701-pricing-page")
                .setOccurredAt(recycled.getOccurredAt().plusSeconds(61)).build();
        publishInOnePoll(Topics.RESPONSE_CREATED, List.of(reopening, blocked));

        assertThat(awaitCampaignMember(blocked.getResponseId(), "Resolved - Active Response Exists")
                .get("resolution").asString())
                .isEqualTo("meets the funnel criteria, but lead " + leadId + " already has the open active response "
                        + reopening.getResponseId());
        assertThat(storedLead(leadId).getString("activeResponseId")).isEqualTo(reopening.getResponseId());
        ResponseCreated next = reopenFunnel(leadId, reopening.getResponseId());
        assertThat(probe.awaitEvents(Topics.RESPONSE_ACTIVATED, leadId, 3)).containsExactly(
                activationOf(first, NOW), activationOf(reopening, NOW), activationOf(next, NOW));
    }

    @Test
    void shouldCloseAFunnelStoredBeforeFunnelsListedTheirResponses() {
        String leadId = newLeadId();
        ResponseCreated first = responseCreated(leadId).build();
        members.insert(List.of(CampaignMember.activated(EventMapping.toResponse(first), NOW).published()));
        mongo.insert(new Document("_id", leadId).append("activeResponseId", first.getResponseId()), "leads");

        publish(Topics.LEAD_STATUS_CHANGED, statusChanged(leadId, "Working", "Converted").build());

        assertThat(awaitCampaignMember(first.getResponseId(), "Closed").get("closedReason").asString())
                .isEqualTo("lead status changed to Converted");
        ResponseCreated next = responseCreated(leadId).build();
        publish(Topics.RESPONSE_CREATED, next);
        assertThat(probe.awaitEvent(Topics.RESPONSE_ACTIVATED, leadId)).isEqualTo(activationOf(next, NOW));
        assertThat(storedLead(leadId).getString("activeResponseId")).isEqualTo(next.getResponseId());
    }

    /** A response activated after {@code change}, and the status change that closes it. */
    record ClosedLater(ResponseCreated response, LeadStatusChanged change) {
    }

    /**
     * Once the lead's funnel is released, activates a new response and closes it with a later status change. On the
     * lead's partitions, its closing is published after every closing of the changes published before, so once it
     * arrives they are all in.
     */
    private ClosedLater closeANewResponseAfter(String leadId, LeadStatusChanged change) {
        await().until(() -> storedLead(leadId).getString("activeResponseId") == null);
        ResponseCreated next = responseCreated(leadId).setOccurredAt(change.getOccurredAt().plusSeconds(60)).build();
        publish(Topics.RESPONSE_CREATED, next);
        await().until(() -> storedCampaignMember(next.getResponseId()) != null
                && storedCampaignMember(next.getResponseId()).getBoolean("activationPublished"));
        LeadStatusChanged recycled = statusChanged(leadId, change.getStatus(), "Recycled")
                .setOccurredAt(change.getOccurredAt().plusSeconds(120)).build();
        publish(Topics.LEAD_STATUS_CHANGED, recycled);
        awaitCampaignMember(next.getResponseId(), "Closed");
        return new ClosedLater(next, recycled);
    }

    private ResponseCreated activate(ResponseCreated created) {
        publish(Topics.RESPONSE_CREATED, created);
        probe.awaitEvent(Topics.RESPONSE_ACTIVATED, created.getLeadId());
        return created;
    }
}
