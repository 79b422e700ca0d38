package io.leadflow.response;

import static io.leadflow.testsupport.TestEvents.lead;
import static io.leadflow.testsupport.TestEvents.newLeadId;
import static io.leadflow.testsupport.TestEvents.responseCreated;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.leadflow.events.ResponseCreated;
import io.leadflow.response.domain.CampaignMember;
import io.leadflow.response.domain.CampaignMembers;
import io.leadflow.response.messaging.EventMapping;
import io.leadflow.schemas.Topics;
import io.leadflow.testsupport.TopicProbe.DeadLetter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.JsonNode;

class ResponseCreatedIT extends ResponseServiceIT {

    @Autowired
    CampaignMembers members;
    @Autowired
    StoreOperations store;

    @Test
    void shouldActivateAQualifyingResponseAndPublishExactlyOneActivation() {
        String leadId = newLeadId();
        ResponseCreated created = responseCreated(leadId).build();

        publish(Topics.RESPONSE_CREATED, created);

        assertThat(probe.awaitEvent(Topics.RESPONSE_ACTIVATED, leadId)).isEqualTo(activationOf(created, NOW));
        probe.assertStaysAt(Topics.RESPONSE_ACTIVATED, leadId, 1, QUIET);
        assertThat(awaitCampaignMember(created.getResponseId(), "Active")).isEqualTo(json("""
                {"responseId": "%s", "leadId": "%s", "campaignId": "701-spring-webinar",
                 "campaignName": "Spring Webinar", "memberStatus": "Responded", "responded": true,
                 "responseStatus": "Active", "resolution": "meets the funnel criteria: new active response",
                 "respondedAt": "%s", "activatedAt": "2026-11-23T19:04:05.123Z",
                 "funnelClosedAt": null, "closedReason": null, "firstOwner": null,
                 "firstOwnerAssignedAt": null, "timeToFirstOwnerMillis": null, "firstOwnerMethod": null,
                 "reactivationCount": 0, "lastReactivatedAt": null, "reactivationScenario": null,
                 "reactivationDecisionId": null}
                """.formatted(created.getResponseId(), leadId, created.getOccurredAt())));
        await().until(() -> storedCampaignMember(created.getResponseId()).getBoolean("activationPublished"));
        Document stored = storedCampaignMember(created.getResponseId());
        assertThat(stored.getString("correlationId")).isEqualTo(created.getCorrelationId());
        assertThat(stored.getString("responseStatus")).isEqualTo("ACTIVE");
        assertThat(stored.get("lead", Document.class).get("owner", Document.class))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "id", "00G-inbound", "kind", "QUEUE", "name", "Inbound Leads Queue"));
        assertThat(stored.get("lead", Document.class).getInteger("score")).isEqualTo(85);
        assertThat(storedLead(leadId).getString("activeResponseId")).isEqualTo(created.getResponseId());
    }

    @Test
    void shouldResolveAResponseBelowTheScoreThresholdWithoutActivation() {
        String leadId = newLeadId();
        ResponseCreated created = responseCreated(leadId).setLead(lead().setScore(30).build()).build();

        publish(Topics.RESPONSE_CREATED, created);

        JsonNode member = awaitCampaignMember(created.getResponseId(), "Resolved - No Action Required");
        assertThat(member.get("resolution").asString())
                .isEqualTo("does not meet the funnel criteria: score 30 is below the threshold 50");
        assertThat(member.get("activatedAt").isNull()).isTrue();
        probe.assertStaysAt(Topics.RESPONSE_ACTIVATED, leadId, 0, QUIET);
        assertThat(storedLead(leadId)).isNull();
    }

    @Test
    void shouldResolveAResponseToAResponsePromptCampaignWithoutActivationSoAReactivationCanReviveAnother() {
        String leadId = newLeadId();
        ResponseCreated prompt = responseCreated(leadId).setCampaignId("701-contact-us").setCampaignName("Contact Us")
                .build();
        ResponseCreated next = responseCreated(leadId).setOccurredAt(prompt.getOccurredAt().plusSeconds(1)).build();

        publish(Topics.RESPONSE_CREATED, prompt);
        publish(Topics.RESPONSE_CREATED, next);

        assertThat(awaitCampaignMember(prompt.getResponseId(), "Resolved - No Action Required")
                .get("resolution").asString())
                .isEqualTo("does not meet the funnel criteria: a response to the response-prompt campaign Contact Us "
                        + "never becomes the active response itself (a reactivation scenario revives a recent "
                        + "response instead)");
        // Same lead, same partition, published after the prompt: the only activation is the next response's.
        assertThat(probe.awaitEvent(Topics.RESPONSE_ACTIVATED, leadId).getResponseId())
                .isEqualTo(next.getResponseId());
    }

    @Test
    void shouldResolveANonResponseWithoutActivation() {
        String leadId = newLeadId();
        ResponseCreated created = responseCreated(leadId).setResponded(false).setMemberStatus("Sent").build();

        publish(Topics.RESPONSE_CREATED, created);

        assertThat(awaitCampaignMember(created.getResponseId(), "Resolved - No Action Required")
                .get("resolution").asString())
                .isEqualTo("does not meet the funnel criteria: a non-response (member status Sent) does not qualify");
        probe.assertStaysAt(Topics.RESPONSE_ACTIVATED, leadId, 0, QUIET);
    }

    @Test
    void shouldResolveASecondQualifyingResponseWhileTheLeadHasAnOpenActiveResponse() {
        String leadId = newLeadId();
        ResponseCreated first = responseCreated(leadId).build();
        ResponseCreated second = responseCreated(leadId).setCampaignId("701-pricing-page").build();
        publish(Topics.RESPONSE_CREATED, first);
        probe.awaitEvent(Topics.RESPONSE_ACTIVATED, leadId);

        publish(Topics.RESPONSE_CREATED, second);

        assertThat(awaitCampaignMember(second.getResponseId(), "Resolved - Active Response Exists")
                .get("resolution").asString())
                .isEqualTo("meets the funnel criteria, but lead " + leadId + " already has the open active response "
                        + first.getResponseId());
        probe.assertStaysAt(Topics.RESPONSE_ACTIVATED, leadId, 1, QUIET);
        assertThat(probe.events(Topics.RESPONSE_ACTIVATED, leadId)).containsExactly(activationOf(first, NOW));
        assertThat(storedLead(leadId).getString("activeResponseId")).isEqualTo(first.getResponseId());
    }

    @Test
    void shouldPublishOneActivationWhenTheResponseIsDeliveredTwice() {
        String leadId = newLeadId();
        ResponseCreated created = responseCreated(leadId).build();
        ResponseCreated later = responseCreated(leadId).setLead(lead().setScore(10).build()).build();

        publish(Topics.RESPONSE_CREATED, created);
        publish(Topics.RESPONSE_CREATED, created);
        // Same lead, same partition: once the later response is stored, the duplicate has been handled.
        publish(Topics.RESPONSE_CREATED, later);

        awaitCampaignMember(later.getResponseId(), "Resolved - No Action Required");
        probe.assertStaysAt(Topics.RESPONSE_ACTIVATED, leadId, 1, QUIET);
        assertThat(probe.events(Topics.RESPONSE_ACTIVATED, leadId)).containsExactly(activationOf(created, NOW));
        assertThat(get("/leads/{leadId}/campaign-members", leadId).getBody()).hasSize(2);
    }

    @Test
    void shouldRepublishAStoredActivationThatWasNeverPublishedWithTheSameEventId() {
        String leadId = newLeadId();
        ResponseCreated created = responseCreated(leadId).build();
        Instant activatedBeforeTheCrash = NOW.minusSeconds(30);
        members.insert(List.of(CampaignMember.activated(EventMapping.toResponse(created), activatedBeforeTheCrash)));

        publish(Topics.RESPONSE_CREATED, created);

        assertThat(probe.awaitEvent(Topics.RESPONSE_ACTIVATED, leadId))
                .isEqualTo(activationOf(created, activatedBeforeTheCrash));
        await().until(() -> storedCampaignMember(created.getResponseId()).getBoolean("activationPublished"));

        publish(Topics.RESPONSE_CREATED, created);

        probe.assertStaysAt(Topics.RESPONSE_ACTIVATED, leadId, 1, QUIET);
    }

    @Test
    void shouldDeadLetterAnUndecodableRecordAndCarryOn() {
        String leadId = newLeadId();
        byte[] garbage = "{\"responseId\": \"00v-1\"}".getBytes(StandardCharsets.UTF_8);
        ResponseCreated healthy = responseCreated(leadId).build();

        upstream.publishRaw(Topics.RESPONSE_CREATED, leadId, garbage);
        publish(Topics.RESPONSE_CREATED, healthy);

        DeadLetter dead = probe.awaitDeadLetter(Topics.RESPONSE_CREATED, leadId);
        assertThat(dead.value()).isEqualTo(garbage);
        assertThat(dead.reason()).startsWith("response.created: not a ResponseCreated in Avro single-object encoding");
        assertThat(probe.awaitEvent(Topics.RESPONSE_ACTIVATED, leadId)).isEqualTo(activationOf(healthy, NOW));
    }

    @Test
    void shouldDeadLetterAResponseWithABlankCampaignIdAndStoreNothing() {
        String leadId = newLeadId();
        ResponseCreated invalid = responseCreated(leadId).setCampaignId(" ").build();

        publish(Topics.RESPONSE_CREATED, invalid);

        assertThat(probe.awaitDeadLetter(Topics.RESPONSE_CREATED, leadId).reason())
                .isEqualTo("invalid response.created: campaignId must not be blank");
        assertThat(probe.deadLetters(Topics.RESPONSE_CREATED)).filteredOn(dead -> dead.key().equals(leadId)).hasSize(1);
        assertThat(get("/campaign-members/{responseId}", invalid.getResponseId()).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(probe.events(Topics.RESPONSE_ACTIVATED, leadId)).isEqualTo(List.of());
    }

    @Test
    void shouldDecideSeveralResponsesOfALeadInOneBatchAsOneAtATime() {
        String leadId = newLeadId();
        ResponseCreated low = responseCreated(leadId).setLead(lead().setScore(20).build()).build();
        ResponseCreated first = responseCreated(leadId).build();
        ResponseCreated second = responseCreated(leadId).setCampaignId("701-pricing-page").build();
        ResponseCreated third = responseCreated(leadId).setCampaignId("701-free-trial").build();

        publishInOnePoll(Topics.RESPONSE_CREATED, List.of(low, first, second, third));

        awaitCampaignMember(first.getResponseId(), "Active");
        // One batch: one insert stored all four.
        assertThat(store.mentioning(low.getResponseId()))
                .filteredOn(operation -> operation.toString().equals("insert campaign_members"))
                .singleElement()
                .matches(insert -> Stream.of(first, second, third).allMatch(r -> insert.mentions(r.getResponseId())));
        assertThat(campaignMember(low.getResponseId()).get("resolution").asString())
                .isEqualTo("does not meet the funnel criteria: score 20 is below the threshold 50");
        for (ResponseCreated blocked : List.of(second, third)) {
            assertThat(campaignMember(blocked.getResponseId()).get("resolution").asString())
                    .isEqualTo("meets the funnel criteria, but lead " + leadId + " already has the open active response "
                            + first.getResponseId());
        }
        assertThat(storedLead(leadId).getString("activeResponseId")).isEqualTo(first.getResponseId());
        ResponseCreated next = reopenFunnel(leadId, first.getResponseId());
        assertThat(probe.awaitEvents(Topics.RESPONSE_ACTIVATED, leadId, 2))
                .containsExactly(activationOf(first, NOW), activationOf(next, NOW));
    }

    @Test
    void shouldKeepTheDecisionOfAResponseDeliveredTwiceInOneBatchAndAgainInALaterOne() {
        String leadId = newLeadId();
        ResponseCreated first = responseCreated(leadId).build();
        ResponseCreated second = responseCreated(leadId).setCampaignId("701-pricing-page").build();

        publishInOnePoll(Topics.RESPONSE_CREATED, List.of(first, first, second));
        JsonNode blocked = awaitCampaignMember(second.getResponseId(), "Resolved - Active Response Exists");
        publishInOnePoll(Topics.RESPONSE_CREATED, List.of(second, first));

        ResponseCreated next = reopenFunnel(leadId, first.getResponseId());
        assertThat(probe.awaitEvents(Topics.RESPONSE_ACTIVATED, leadId, 2))
                .containsExactly(activationOf(first, NOW), activationOf(next, NOW));
        assertThat(campaignMember(second.getResponseId())).isEqualTo(blocked);
        assertThat(get("/leads/{leadId}/campaign-members", leadId).getBody()).hasSize(3);
    }

    @Test
    void shouldDeadLetterPoisonRecordsInTheMiddleOfABatchAndHandleEveryOtherRecordOnce() {
        int partition = partitionOf(newLeadId());
        List<ResponseCreated> healthy = List.of(responseCreated(newLeadIdOnPartition(partition)).build(),
                responseCreated(newLeadIdOnPartition(partition)).build(),
                responseCreated(newLeadIdOnPartition(partition)).build());
        String undecodable = newLeadIdOnPartition(partition);
        byte[] garbage = "{\"responseId\": \"00v-1\"}".getBytes(StandardCharsets.UTF_8);
        ResponseCreated invalid = responseCreated(newLeadIdOnPartition(partition)).setCampaignId(" ").build();

        inOnePoll(Topics.RESPONSE_CREATED, () -> {
            upstream.publishAllToPartition(Topics.RESPONSE_CREATED, partition, healthy.subList(0, 2));
            upstream.publishRawToPartition(Topics.RESPONSE_CREATED, partition, undecodable, garbage);
            upstream.publishAllToPartition(Topics.RESPONSE_CREATED, partition, List.of(invalid, healthy.get(2)));
        });

        DeadLetter dead = probe.awaitDeadLetter(Topics.RESPONSE_CREATED, undecodable);
        assertThat(dead.value()).isEqualTo(garbage);
        assertThat(dead.reason()).startsWith("response.created: not a ResponseCreated in Avro single-object encoding");
        // The records before the poison were handled as one batch.
        assertThat(store.mentioning(healthy.get(0).getResponseId()))
                .filteredOn(operation -> operation.toString().equals("insert campaign_members"))
                .singleElement()
                .matches(insert -> insert.mentions(healthy.get(1).getResponseId()));
        assertThat(probe.awaitDeadLetter(Topics.RESPONSE_CREATED, invalid.getLeadId()).reason())
                .isEqualTo("invalid response.created: campaignId must not be blank");
        // A response after them on the same partition: its activation comes after any repeated one.
        ResponseCreated later = responseCreated(newLeadIdOnPartition(partition)).build();
        publish(Topics.RESPONSE_CREATED, later);
        probe.awaitEvent(Topics.RESPONSE_ACTIVATED, later.getLeadId());
        for (ResponseCreated created : healthy) {
            assertThat(probe.events(Topics.RESPONSE_ACTIVATED, created.getLeadId()))
                    .containsExactly(activationOf(created, NOW));
        }
        assertThat(probe.deadLetters(Topics.RESPONSE_CREATED))
                .filteredOn(letter -> List.of(undecodable, invalid.getLeadId()).contains(letter.key()))
                .extracting(DeadLetter::key)
                .containsExactly(undecodable, invalid.getLeadId());
        assertThat(get("/campaign-members/{responseId}", invalid.getResponseId()).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void shouldPublishAnActivationWhosePublishingFailedExactlyOnceWithTheSameEventId() {
        String leadId = newLeadId();
        ResponseCreated created = responseCreated(leadId).build();
        activationPublisher.failing.failOnceFor(created.getResponseId());

        publish(Topics.RESPONSE_CREATED, created);

        assertThat(probe.awaitEvent(Topics.RESPONSE_ACTIVATED, leadId)).isEqualTo(activationOf(created, NOW));
        assertThat(activationPublisher.failing.failedFor(created.getResponseId())).isTrue();
        await().until(() -> storedCampaignMember(created.getResponseId()).getBoolean("activationPublished"));
        ResponseCreated next = reopenFunnel(leadId, created.getResponseId());
        assertThat(probe.awaitEvents(Topics.RESPONSE_ACTIVATED, leadId, 2))
                .containsExactly(activationOf(created, NOW), activationOf(next, NOW));
    }

    @Test
    void shouldHoldTheFunnelForAStoredActivationThatIsPublishedOnRedelivery() {
        String leadId = newLeadId();
        ResponseCreated created = responseCreated(leadId).build();
        ResponseCreated second = responseCreated(leadId).setCampaignId("701-pricing-page").build();
        Instant activatedBeforeTheCrash = NOW.minusSeconds(30);
        members.insert(List.of(CampaignMember.activated(EventMapping.toResponse(created), activatedBeforeTheCrash)));

        publishInOnePoll(Topics.RESPONSE_CREATED, List.of(created, second));

        assertThat(probe.awaitEvent(Topics.RESPONSE_ACTIVATED, leadId))
                .isEqualTo(activationOf(created, activatedBeforeTheCrash));
        assertThat(awaitCampaignMember(second.getResponseId(), "Resolved - Active Response Exists")
                .get("resolution").asString())
                .isEqualTo("meets the funnel criteria, but lead " + leadId + " already has the open active response "
                        + created.getResponseId());
        assertThat(storedLead(leadId).getString("activeResponseId")).isEqualTo(created.getResponseId());
    }
}
