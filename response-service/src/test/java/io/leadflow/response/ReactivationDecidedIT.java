package io.leadflow.response;

import static io.leadflow.response.ReactivationEvents.DEFAULT_CAMPAIGN_ID;
import static io.leadflow.response.ReactivationEvents.DEFAULT_CAMPAIGN_NAME;
import static io.leadflow.response.ReactivationEvents.activatingNonResponse;
import static io.leadflow.response.ReactivationEvents.insertingDefaultMember;
import static io.leadflow.response.ReactivationEvents.reactivating;
import static io.leadflow.testsupport.TestEvents.lead;
import static io.leadflow.testsupport.TestEvents.newLeadId;
import static io.leadflow.testsupport.TestEvents.responseCreated;
import static io.leadflow.testsupport.TestEvents.statusChanged;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.leadflow.events.ActivationKind;
import io.leadflow.events.LeadStatusChanged;
import io.leadflow.events.ReactivationAction;
import io.leadflow.events.ResponseActivated;
import io.leadflow.events.ResponseCreated;
import io.leadflow.events.ResponseReactivationDecided;
import io.leadflow.platform.events.EventIds;
import io.leadflow.schemas.Topics;
import io.leadflow.testsupport.TopicProbe.DeadLetter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

class ReactivationDecidedIT extends ResponseServiceIT {

    @Test
    void shouldReactivateAResolvedResponseOnceWithTheDecisionsLeadAndFlagsWhenTheDecisionIsDeliveredTwice() {
        String leadId = newLeadId();
        ResponseCreated resolved = resolve(responseCreated(leadId).setLead(lead().setScore(30).build()).build());
        ResponseReactivationDecided decision = reactivating(resolved)
                .setTriggerAssignment(false).setTriggerNotification(false).build();

        publish(Topics.RESPONSE_REACTIVATION_DECIDED, decision);
        publish(Topics.RESPONSE_REACTIVATION_DECIDED, decision);

        awaitEarlierDecisionsHandled(leadId);
        assertThat(probe.events(Topics.RESPONSE_ACTIVATED, leadId)).containsExactly(reactivationOf(resolved, decision));
        assertThat(awaitCampaignMember(resolved.getResponseId(), "Active")).isEqualTo(json("""
                {"responseId": "%s", "leadId": "%s", "campaignId": "701-spring-webinar",
                 "campaignName": "Spring Webinar", "memberStatus": "Responded", "responded": true,
                 "responseStatus": "Active",
                 "resolution": "reactivated by scenario Score Reactivation: score rose from 30 to 92",
                 "respondedAt": "%s", "activatedAt": "2026-11-23T19:04:05.123Z",
                 "funnelClosedAt": null, "closedReason": null, "firstOwner": null,
                 "firstOwnerAssignedAt": null, "timeToFirstOwnerMillis": null, "firstOwnerMethod": null,
                 "reactivationCount": 1, "lastReactivatedAt": "2026-11-23T19:04:05.123Z",
                 "reactivationScenario": "Score Reactivation", "reactivationDecisionId": "%s"}
                """.formatted(resolved.getResponseId(), leadId, resolved.getOccurredAt(), decision.getEventId())));
        assertThat(storedLead(leadId).getString("activeResponseId")).isEqualTo(resolved.getResponseId());
        assertThat(storedCampaignMember(resolved.getResponseId()).getBoolean("activationPublished")).isTrue();
    }

    @Test
    void shouldReactivateAResponseAgainWithANewDecisionAfterItsReactivatedFunnelClosed() {
        String leadId = newLeadId();
        ResponseCreated response = responseCreated(leadId).build();
        publish(Topics.RESPONSE_CREATED, response);
        probe.awaitEvent(Topics.RESPONSE_ACTIVATED, leadId);
        LeadStatusChanged converted = close(leadId, statusChanged(leadId, "Working", "Converted")
                .setOccurredAt(response.getOccurredAt().plusSeconds(10)).build(), 1);
        ResponseReactivationDecided first = reactivating(response)
                .setOccurredAt(converted.getOccurredAt().plusSeconds(10)).build();
        publish(Topics.RESPONSE_REACTIVATION_DECIDED, first);
        probe.awaitEvents(Topics.RESPONSE_ACTIVATED, leadId, 2);
        LeadStatusChanged recycled = close(leadId, statusChanged(leadId, "Working", "Recycled")
                .setOccurredAt(first.getOccurredAt().plusSeconds(10)).build(), 2);
        ResponseReactivationDecided second = reactivating(response)
                .setOccurredAt(recycled.getOccurredAt().plusSeconds(10)).build();

        publish(Topics.RESPONSE_REACTIVATION_DECIDED, second);

        assertThat(probe.awaitEvents(Topics.RESPONSE_ACTIVATED, leadId, 3)).containsExactly(activationOf(response, NOW),
                reactivationOf(response, first), reactivationOf(response, second));
        assertThat(probe.events(Topics.RESPONSE_CLOSED, leadId))
                .containsExactly(closingOf(response, converted), closingOf(response, recycled));
        JsonNode member = awaitCampaignMember(response.getResponseId(), "Active");
        assertThat(member.get("reactivationCount").asInt()).isEqualTo(2);
        assertThat(member.get("reactivationDecisionId").asString()).isEqualTo(second.getEventId());
        assertThat(member.get("funnelClosedAt").isNull()).isTrue();
    }

    @Test
    void shouldOpenOneFunnelWhenANewResponseAndADecisionOfTheSameLeadArriveTogether() {
        String leadId = newLeadId();
        ResponseCreated resolved = resolve(responseCreated(leadId).setLead(lead().setScore(30).build()).build());
        ResponseCreated qualifying = responseCreated(leadId).setCampaignId("701-pricing-page").build();
        ResponseReactivationDecided decision = reactivating(resolved).build();

        inOnePoll(Topics.RESPONSE_CREATED, () -> {
            upstream.publish(Topics.RESPONSE_CREATED, qualifying);
            upstream.publish(Topics.RESPONSE_REACTIVATION_DECIDED, decision);
        });

        awaitEarlierDecisionsHandled(leadId);
        await().until(() -> campaignMember(qualifying.getResponseId()).isObject());
        List<ResponseActivated> activations = probe.events(Topics.RESPONSE_ACTIVATED, leadId);
        assertThat(activations).hasSize(1);
        boolean responseFirst = activations.get(0).getResponseId().equals(qualifying.getResponseId());
        assertThat(campaignMember(qualifying.getResponseId()).get("responseStatus").asString())
                .isEqualTo(responseFirst ? "Active" : "Resolved - Active Response Exists");
        assertThat(get("/leads/{leadId}/reactivation-refusals", leadId).getBody().valueStream()
                .map(refusal -> refusal.get("decisionId").asString()).toList())
                .isEqualTo(responseFirst ? List.of(decision.getEventId()) : List.of());
    }

    @Test
    void shouldActivateANonResponse() {
        String leadId = newLeadId();
        ResponseCreated sent = resolve(responseCreated(leadId).setResponded(false).setMemberStatus("Sent").build());
        ResponseReactivationDecided decision = activatingNonResponse(sent).build();

        publish(Topics.RESPONSE_REACTIVATION_DECIDED, decision);

        awaitEarlierDecisionsHandled(leadId);
        assertThat(probe.events(Topics.RESPONSE_ACTIVATED, leadId)).containsExactly(reactivationOf(sent, decision));
        assertThat(awaitCampaignMember(sent.getResponseId(), "Active").get("resolution").asString())
                .isEqualTo("reactivated by scenario Score Reactivation: score rose from 30 to 92");
    }

    @Test
    void shouldInsertADefaultCampaignMemberAsTheLeadsActiveResponse() {
        String leadId = newLeadId();
        ResponseReactivationDecided decision = insertingDefaultMember(leadId).build();
        String memberId = EventIds.derived("default-member", decision.getEventId());

        publish(Topics.RESPONSE_REACTIVATION_DECIDED, decision);

        awaitEarlierDecisionsHandled(leadId);
        assertThat(probe.events(Topics.RESPONSE_ACTIVATED, leadId)).containsExactly(ResponseActivated.newBuilder()
                .setEventId(EventIds.derived(Topics.RESPONSE_ACTIVATED.name(), decision.getEventId()))
                .setOccurredAt(NOW)
                .setCorrelationId(decision.getCorrelationId())
                .setLeadId(leadId)
                .setResponseId(memberId)
                .setCampaignId(DEFAULT_CAMPAIGN_ID)
                .setKind(ActivationKind.REACTIVATED)
                .setLead(decision.getLead())
                .setTriggerAssignment(true)
                .setTriggerNotification(true)
                .setReactivationScenario("Score Reactivation")
                .setReactivationDecisionId(decision.getEventId())
                .build());
        assertThat(awaitCampaignMember(memberId, "Active")).isEqualTo(json("""
                {"responseId": "%s", "leadId": "%s", "campaignId": "%s", "campaignName": "%s",
                 "memberStatus": "Responded", "responded": true, "responseStatus": "Active",
                 "resolution": "default campaign member inserted by scenario Score Reactivation: score rose from 30 to 92",
                 "respondedAt": "%s", "activatedAt": "2026-11-23T19:04:05.123Z",
                 "funnelClosedAt": null, "closedReason": null, "firstOwner": null,
                 "firstOwnerAssignedAt": null, "timeToFirstOwnerMillis": null, "firstOwnerMethod": null,
                 "reactivationCount": 1, "lastReactivatedAt": "2026-11-23T19:04:05.123Z",
                 "reactivationScenario": "Score Reactivation", "reactivationDecisionId": "%s"}
                """.formatted(memberId, leadId, DEFAULT_CAMPAIGN_ID, DEFAULT_CAMPAIGN_NAME, decision.getOccurredAt(),
                decision.getEventId())));
        assertThat(storedCampaignMember(memberId).getString("correlationId")).isEqualTo(decision.getCorrelationId());
        assertThat(storedLead(leadId).getString("activeResponseId")).isEqualTo(memberId);
    }

    @Test
    void shouldRecordARefusalWhenTheLeadHasAnOpenActiveResponseAndPublishNothing() {
        String leadId = newLeadId();
        ResponseCreated active = responseCreated(leadId).build();
        publish(Topics.RESPONSE_CREATED, active);
        probe.awaitEvent(Topics.RESPONSE_ACTIVATED, leadId);
        ResponseReactivationDecided decision = insertingDefaultMember(leadId).build();

        publish(Topics.RESPONSE_REACTIVATION_DECIDED, decision);

        awaitEarlierDecisionsHandled(leadId);
        assertThat(probe.events(Topics.RESPONSE_ACTIVATED, leadId)).containsExactly(activationOf(active, NOW));
        ResponseEntity<JsonNode> refusals = get("/leads/{leadId}/reactivation-refusals", leadId);
        assertThat(refusals.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(refusals.getBody()).isEqualTo(json("""
                [{"decisionId": "%s", "scenario": "Score Reactivation", "action": "INSERT_DEFAULT_MEMBER",
                  "refusedAt": "2026-11-23T19:04:05.123Z",
                  "reason": "lead %s already has the open active response %s"}]
                """.formatted(decision.getEventId(), leadId, active.getResponseId())));
        assertThat(get("/campaign-members/{responseId}", EventIds.derived("default-member", decision.getEventId()))
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(storedLead(leadId).getString("activeResponseId")).isEqualTo(active.getResponseId());
    }

    @Test
    void shouldRefuseAnUnknownMemberAMemberOfAnotherLeadAndAnActionOfTheWrongKindOnceEach() {
        int partition = partitionOf(newLeadId());
        String leadId = newLeadIdOnPartition(partition);
        ResponseCreated response = resolve(responseCreated(leadId).setLead(lead().setScore(30).build()).build());
        ResponseCreated sent = resolve(responseCreated(leadId).setResponded(false).setMemberStatus("Sent").build());
        ResponseCreated othersResponse = resolve(responseCreated(newLeadId()).setLead(lead().setScore(30).build())
                .build());
        ResponseReactivationDecided unknown = reactivationDecidedNaming(leadId, "00v-unknown");
        ResponseReactivationDecided othersMember = reactivationDecidedNaming(leadId, othersResponse.getResponseId());
        ResponseReactivationDecided notANonResponse = activatingNonResponse(response).build();
        ResponseReactivationDecided notAResponse = reactivating(sent).build();

        publishInOnePoll(Topics.RESPONSE_REACTIVATION_DECIDED,
                List.of(unknown, othersMember, notANonResponse, notAResponse, unknown));

        awaitEarlierDecisionsHandled(leadId);
        assertThat(get("/leads/{leadId}/reactivation-refusals", leadId).getBody().valueStream()
                .map(refusal -> refusal.get("decisionId").asString() + ": " + refusal.get("reason").asString())
                .toList()).containsExactly(
                notAResponse.getEventId() + ": campaign member " + sent.getResponseId()
                        + " is a non-response (member status Sent): REACTIVATE_RESPONSE reactivates responses only",
                notANonResponse.getEventId() + ": campaign member " + response.getResponseId()
                        + " is a response (member status Responded): ACTIVATE_NON_RESPONSE activates non-responses only",
                othersMember.getEventId() + ": no campaign member " + othersResponse.getResponseId() + " for lead "
                        + leadId,
                unknown.getEventId() + ": no campaign member 00v-unknown for lead " + leadId);
        assertThat(probe.events(Topics.RESPONSE_ACTIVATED, leadId)).isEmpty();
        assertThat(probe.events(Topics.RESPONSE_ACTIVATED, othersResponse.getLeadId())).isEmpty();
        assertThat(campaignMember(sent.getResponseId()).get("responseStatus").asString())
                .isEqualTo("Resolved - No Action Required");
        assertThat(probe.deadLetters(Topics.RESPONSE_REACTIVATION_DECIDED))
                .filteredOn(dead -> dead.key().equals(leadId)).isEmpty();
    }

    @Test
    void shouldKeepTheLastTwentyRefusalsOfALead() {
        String leadId = newLeadId();
        publish(Topics.RESPONSE_CREATED, responseCreated(leadId).build());
        probe.awaitEvent(Topics.RESPONSE_ACTIVATED, leadId);
        List<ResponseReactivationDecided> decisions = IntStream.range(0, 22)
                .mapToObj(i -> insertingDefaultMember(leadId).build()).toList();

        publishInOnePoll(Topics.RESPONSE_REACTIVATION_DECIDED, decisions.subList(0, 12));
        publishInOnePoll(Topics.RESPONSE_REACTIVATION_DECIDED, decisions.subList(12, 22));

        awaitEarlierDecisionsHandled(leadId);
        List<String> lastTwentyMostRecentFirst = new ArrayList<>(decisions.subList(2, 22).stream()
                .map(ResponseReactivationDecided::getEventId).toList());
        Collections.reverse(lastTwentyMostRecentFirst);
        assertThat(get("/leads/{leadId}/reactivation-refusals", leadId).getBody().valueStream()
                .map(refusal -> refusal.get("decisionId").asString()).toList())
                .isEqualTo(lastTwentyMostRecentFirst);
    }

    @Test
    void shouldPublishAReactivationWhosePublishingFailedExactlyOnceWithTheSameEventId() {
        String leadId = newLeadId();
        ResponseCreated resolved = resolve(responseCreated(leadId).setLead(lead().setScore(30).build()).build());
        ResponseReactivationDecided decision = reactivating(resolved).build();
        activationPublisher.failing.failOnceFor(resolved.getResponseId());

        publish(Topics.RESPONSE_REACTIVATION_DECIDED, decision);

        awaitEarlierDecisionsHandled(leadId);
        assertThat(activationPublisher.failing.failedFor(resolved.getResponseId())).isTrue();
        assertThat(probe.events(Topics.RESPONSE_ACTIVATED, leadId)).containsExactly(reactivationOf(resolved, decision));
        await().until(() -> storedCampaignMember(resolved.getResponseId()).getBoolean("activationPublished"));
    }

    @Test
    void shouldDeadLetterAnUndecodableDecisionAndCarryOn() {
        String leadId = newLeadId();
        byte[] garbage = "{\"action\": \"REACTIVATE_RESPONSE\"}".getBytes(StandardCharsets.UTF_8);
        ResponseReactivationDecided healthy = insertingDefaultMember(leadId).build();

        upstream.publishRaw(Topics.RESPONSE_REACTIVATION_DECIDED, leadId, garbage);
        publish(Topics.RESPONSE_REACTIVATION_DECIDED, healthy);

        assertThat(probe.awaitEvent(Topics.RESPONSE_ACTIVATED, leadId).getReactivationDecisionId())
                .isEqualTo(healthy.getEventId());
        List<DeadLetter> dead = probe.deadLetters(Topics.RESPONSE_REACTIVATION_DECIDED).stream()
                .filter(letter -> letter.key().equals(leadId)).toList();
        assertThat(dead).hasSize(1);
        assertThat(dead.get(0).value()).isEqualTo(garbage);
        assertThat(dead.get(0).reason())
                .startsWith("response.reactivation.decided: not a ResponseReactivationDecided in Avro single-object "
                        + "encoding");
    }

    @Test
    void shouldDeadLetterInvalidDecisionsWithTheirReasonAndApplyNothingOfThem() {
        String leadId = newLeadId();
        ResponseReactivationDecided withoutResponse = ReactivationEvents
                .reactivationDecided(leadId, ReactivationAction.REACTIVATE_RESPONSE).build();
        ResponseReactivationDecided unknownAction = insertingDefaultMember(leadId)
                .setAction(ReactivationAction.UNKNOWN).setScenario(" ").build();
        ResponseReactivationDecided withoutCampaign = insertingDefaultMember(leadId).setDefaultCampaignId(null).build();

        publish(Topics.RESPONSE_REACTIVATION_DECIDED, withoutResponse);
        publish(Topics.RESPONSE_REACTIVATION_DECIDED, unknownAction);
        publish(Topics.RESPONSE_REACTIVATION_DECIDED, withoutCampaign);

        awaitEarlierDecisionsHandled(leadId);
        assertThat(probe.deadLetters(Topics.RESPONSE_REACTIVATION_DECIDED))
                .filteredOn(dead -> dead.key().equals(leadId))
                .extracting(DeadLetter::reason)
                .containsExactly(
                        "invalid response.reactivation.decided: responseId must not be blank for REACTIVATE_RESPONSE",
                        "invalid response.reactivation.decided: scenario must not be blank; "
                                + "action UNKNOWN is not one this service applies",
                        "invalid response.reactivation.decided: defaultCampaignId must not be blank for "
                                + "INSERT_DEFAULT_MEMBER");
        assertThat(probe.events(Topics.RESPONSE_ACTIVATED, leadId)).isEmpty();
        assertThat(get("/leads/{leadId}/reactivation-refusals", leadId).getBody().valueStream().toList()).isEmpty();
    }

    /** The activation the service must publish when {@code decision} reactivates {@code response}. */
    private static ResponseActivated reactivationOf(ResponseCreated response, ResponseReactivationDecided decision) {
        return ResponseActivated.newBuilder()
                .setEventId(EventIds.derived(Topics.RESPONSE_ACTIVATED.name(), decision.getEventId()))
                .setOccurredAt(NOW)
                .setCorrelationId(response.getCorrelationId())
                .setLeadId(response.getLeadId())
                .setResponseId(response.getResponseId())
                .setCampaignId(response.getCampaignId())
                .setKind(ActivationKind.REACTIVATED)
                .setLead(decision.getLead())
                .setTriggerAssignment(decision.getTriggerAssignment())
                .setTriggerNotification(decision.getTriggerNotification())
                .setReactivationScenario(decision.getScenario())
                .setReactivationDecisionId(decision.getEventId())
                .build();
    }

    private static ResponseReactivationDecided reactivationDecidedNaming(String leadId, String responseId) {
        return ReactivationEvents.reactivationDecided(leadId, ReactivationAction.REACTIVATE_RESPONSE)
                .setResponseId(responseId).build();
    }

    /** Publishes a response that does not qualify and waits until it is stored. */
    private ResponseCreated resolve(ResponseCreated response) {
        publish(Topics.RESPONSE_CREATED, response);
        awaitCampaignMember(response.getResponseId(), "Resolved - No Action Required");
        return response;
    }

    /** Publishes the status change and waits for the {@code count}th closing of the lead, which it publishes. */
    private LeadStatusChanged close(String leadId, LeadStatusChanged change, int count) {
        publish(Topics.LEAD_STATUS_CHANGED, change);
        probe.awaitEvents(Topics.RESPONSE_CLOSED, leadId, count);
        await().until(() -> storedLead(leadId).getString("activeResponseId") == null);
        return change;
    }

    /**
     * Publishes a decision of another lead on the lead's partition and waits for its activation: the service
     * handles a partition in order and publishes what a decision brings before it takes the next, so once that
     * activation is in, everything the decisions published before it brought is in too.
     */
    private void awaitEarlierDecisionsHandled(String leadId) {
        String barrier = newLeadIdOnPartition(partitionOf(leadId));
        publish(Topics.RESPONSE_REACTIVATION_DECIDED, insertingDefaultMember(barrier).build());
        probe.awaitEvent(Topics.RESPONSE_ACTIVATED, barrier);
    }
}
