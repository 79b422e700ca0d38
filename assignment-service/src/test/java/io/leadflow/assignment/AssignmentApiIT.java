package io.leadflow.assignment;

import static io.leadflow.testsupport.TestEvents.BOB;
import static io.leadflow.testsupport.TestEvents.ROUTING_QUEUE;
import static io.leadflow.testsupport.TestEvents.newLeadId;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.events.ResponseActivated;
import io.leadflow.schemas.Topics;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class AssignmentApiIT extends AssignmentIntegrationTest {

    private static final JsonMapper JSON = ApiClient.JSON;

    @LocalServerPort
    int port;

    ApiClient http;

    @BeforeEach
    void connect() {
        http = new ApiClient(port);
    }

    @Test
    void shouldShowTheAssignmentOfAResponseWithItsOutcome() {
        String leadId = newLeadId();
        ResponseActivated activation = activation(leadId).build();
        upstream.publish(Topics.RESPONSE_ACTIVATED, activation);
        probe.awaitEvent(Topics.LEAD_ASSIGNMENT_REQUESTED, leadId);
        Instant movedAt = activation.getOccurredAt().plusSeconds(12);
        upstream.publish(Topics.LEAD_OWNER_CHANGED, ownerChange(leadId, ROUTING_QUEUE, BOB, movedAt));
        probe.awaitEvent(Topics.LEAD_ASSIGNED, leadId);

        ApiClient.Response response = get("/assignments/" + activation.getResponseId());

        assertThat(response.status()).isEqualTo(HttpStatus.OK);
        assertThat(response.json()).isEqualTo(JSON.readTree("""
                {"state": "ASSIGNED", "assignmentId": "%2$s", "leadId": "%1$s", "responseId": "%2$s",
                 "campaignId": "701-spring-webinar",
                 "previousOwner": {"id": "00G-inbound", "kind": "QUEUE", "name": "Inbound Leads Queue"},
                 "temporaryOwner": {"id": "00G-routing", "kind": "QUEUE", "name": "Lead Routing Queue"},
                 "finalOwner": {"id": "005-bob", "kind": "USER", "name": "Bob Baker"},
                 "method": "EXTERNAL_ENGINE",
                 "reason": "matchmaker moved the lead from Lead Routing Queue to Bob Baker",
                 "activatedAt": "%3$s", "dueAt": "%4$s", "assignedAt": "%5$s", "timeToAssignMillis": 12000,
                 "hopper": false,
                 "explanation": {"summary": "matchmaker moved the lead from Lead Routing Queue to Bob Baker",
                   "configurationVersion": %6$s, "assignmentRule": null, "distributionRule": null,
                   "steps": ["handed to the external engine",
                     "Inbound Leads Queue (00G-inbound) is subject to reassignment; parked with Lead Routing Queue (00G-routing) for an external engine to route",
                     "matchmaker moved the lead from Lead Routing Queue to Bob Baker"],
                   "candidates": []},
                 "activation": {"eventId": "%7$s", "kind": "NEW_RESPONSE", "triggerNotification": true,
                   "reactivationScenario": null, "reactivationDecisionId": null},
                 "attempt": 0, "offers": []}
                """.formatted(leadId, activation.getResponseId(), activation.getOccurredAt(),
                activation.getOccurredAt().plusSeconds(600), movedAt,
                // The version in effect depends on which tests configured routing before this one.
                response.json().get("explanation").get("configurationVersion"), activation.getEventId())));
    }

    @Test
    void shouldListEveryAssignmentOfALeadOldestActivationFirst() {
        String leadId = newLeadId();
        ResponseActivated earlier = activation(leadId).setTriggerAssignment(false)
                .setOccurredAt(clock.instant().minusSeconds(3600)).build();
        ResponseActivated later = activation(leadId).build();
        upstream.publish(Topics.RESPONSE_ACTIVATED, later);
        upstream.publish(Topics.RESPONSE_ACTIVATED, earlier);
        probe.awaitEvent(Topics.LEAD_ASSIGNMENT_REQUESTED, leadId);
        awaitAssignment(earlier.getResponseId());

        ApiClient.Response response = get("/leads/" + leadId + "/assignments");

        assertThat(response.status()).isEqualTo(HttpStatus.OK);
        List<JsonNode> listed = response.json().valueStream().toList();
        assertThat(listed).extracting(node -> node.get("responseId").asString())
                .containsExactly(earlier.getResponseId(), later.getResponseId());
        assertThat(listed).extracting(node -> node.get("state").asString())
                .containsExactly("NOT_ROUTED", "WAITING_FOR_ENGINE");
        assertThat(listed.get(0).get("temporaryOwner").isNull()).isTrue();
        assertThat(listed.get(1).get("finalOwner").isNull()).isTrue();
    }

    @Test
    void shouldAnswerNotFoundWithAProblemForAnUnknownResponse() {
        ApiClient.Response response = get("/assignments/00v-unknown");

        assertThat(response.status()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(response.contentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.json().get("detail").asString()).isEqualTo("No assignment 00v-unknown");
        assertThat(response.json().get("status").asInt()).isEqualTo(404);
    }

    @Test
    void shouldListNoAssignmentsForAnUnknownLead() {
        ApiClient.Response response = get("/leads/" + newLeadId() + "/assignments");

        assertThat(response.status()).isEqualTo(HttpStatus.OK);
        assertThat(response.json().isArray()).isTrue();
        assertThat(response.json().isEmpty()).isTrue();
    }

    private ApiClient.Response get(String path) {
        return http.get(path);
    }
}
