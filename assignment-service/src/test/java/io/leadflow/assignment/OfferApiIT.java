package io.leadflow.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.leadflow.assignment.domain.Assignment;
import io.leadflow.assignment.domain.AssignmentState;
import io.leadflow.assignment.domain.offer.OfferState;
import io.leadflow.assignment.domain.routing.ReassignmentAlgorithm;
import io.leadflow.events.AssignmentMethod;
import io.leadflow.events.ExpiryReason;
import io.leadflow.events.LeadAcknowledged;
import io.leadflow.events.LeadAssigned;
import io.leadflow.events.LeadExpired;
import io.leadflow.events.LeadOffered;
import io.leadflow.events.ResponseActivated;
import io.leadflow.schemas.Topics;
import io.leadflow.testsupport.TestEvents;
import io.leadflow.testsupport.TopicProbe;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.JsonNode;

/**
 * The offers' edges: the acknowledgement link, late and repeated acknowledgements, records that are not
 * acknowledgements at all, manual reassignment, the metrics, the candidate query preview.
 */
class OfferApiIT extends OfferIntegrationTest {

    @Test
    void shouldShowTheOfferOnTheLinkAndAcknowledgeItWithAPost() {
        configure(offering(ReassignmentAlgorithm.SINGLE, null, null));
        String leadId = activateLeads(1).get(0).getLeadId();
        LeadOffered offered = offer(leadId, 1);

        HttpResponse<String> page = clickAcknowledge(offered, "GET", "text/html");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("This lead is offered to <b>Ann</b>").contains("<form method=\"post\"");
        assertThat(probe.events(Topics.LEAD_ASSIGNED, leadId)).isEmpty();

        HttpResponse<String> acknowledged = clickAcknowledge(offered, "POST", "text/html");

        assertThat(acknowledged.statusCode()).isEqualTo(200);
        assertThat(acknowledged.body()).contains("The lead is yours");
        LeadAssigned assigned = probe.awaitEvent(Topics.LEAD_ASSIGNED, leadId);
        assertThat(assigned.getOwner().getId()).isEqualTo(ann.id());
        assertThat(assigned.getOfferId()).isEqualTo(offered.getOfferId());
        HttpResponse<String> again = clickAcknowledge(offered, "POST", "application/json");
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).contains("\"outcome\":\"ACKNOWLEDGED\"");
        probe.assertStaysAt(Topics.LEAD_ASSIGNED, leadId, 1, QUIET);
    }

    @Test
    void shouldRefuseALinkWhoseTokenDoesNotVerifyWithoutSayingAnythingAboutTheOffer() {
        configure(offering(ReassignmentAlgorithm.SINGLE, null, null));
        String leadId = activateLeads(1).get(0).getLeadId();
        LeadOffered offered = offer(leadId, 1);
        LeadOffered forged = LeadOffered.newBuilder(offered)
                .setAcknowledgeUrl(offered.getAcknowledgeUrl().replaceAll("token=.*", "token=guessed")).build();

        HttpResponse<String> answer = clickAcknowledge(forged, "POST", "application/json");

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.body()).contains("INVALID_LINK").doesNotContain("Ann");
        probe.assertStaysAt(Topics.LEAD_ASSIGNED, leadId, 0, QUIET);
    }

    @Test
    void shouldTellALateRepTheLeadExpiredAndChangeNothing() {
        configure(offering(ReassignmentAlgorithm.SINGLE, null, null));
        ResponseActivated activation = activateLeads(1).get(0);
        String leadId = activation.getLeadId();
        LeadOffered toAnn = offer(leadId, 1);
        letTheDeadlinePass();
        LeadOffered toBen = offer(leadId, 2);

        HttpResponse<String> page = clickAcknowledge(toAnn, "GET", "text/html");
        HttpResponse<String> click = clickAcknowledge(toAnn, "POST", "text/html");
        upstream.publish(Topics.LEAD_ACKNOWLEDGED, acknowledgement(leadId, ann, null, clock.instant()));

        assertThat(page.statusCode()).isEqualTo(410);
        assertThat(click.statusCode()).isEqualTo(410);
        assertThat(click.body()).contains("This lead has expired and is no longer available to you.")
                .contains("Ann did not acknowledge the lead within 15m");
        Assignment stored = assignments.find(activation.getResponseId()).orElseThrow();
        assertThat(stored.state()).isEqualTo(AssignmentState.OFFERED);
        assertThat(stored.offer(toAnn.getOfferId()).orElseThrow().lateAcknowledgedAt()).isNotNull();
        // Ben's acknowledgement comes after Ann's late one on the lead's partition: once it is decided, Ann's
        // was handled, and it changed nothing.
        upstream.publish(Topics.LEAD_ACKNOWLEDGED, acknowledgement(leadId, ben, toBen.getOfferId(), clock.instant()));
        assertThat(probe.awaitEvent(Topics.LEAD_ASSIGNED, leadId).getOwner().getId()).isEqualTo(ben.id());
        assertThat(offers.events(Topics.LEAD_EXPIRED, leadId)).hasSize(1);
        assertThat(offers.events(Topics.LEAD_OFFERED, leadId)).hasSize(2);
    }

    @Test
    void shouldDecideARedeliveredAcknowledgementOnceAndDeadLetterOnesThatAreNot() {
        configure(offering(ReassignmentAlgorithm.SINGLE, null, null));
        String leadId = activateLeads(1).get(0).getLeadId();
        LeadOffered offered = offer(leadId, 1);
        LeadAcknowledged acknowledgement = acknowledgement(leadId, ann, offered.getOfferId(), clock.instant());
        LeadAcknowledged byAQueue = LeadAcknowledged.newBuilder(acknowledgement(leadId, ann, offered.getOfferId(),
                clock.instant())).setAcknowledgedBy(TestEvents.INBOUND_QUEUE).build();

        upstream.publishRaw(Topics.LEAD_ACKNOWLEDGED, leadId, "not an acknowledgement".getBytes(StandardCharsets.UTF_8));
        upstream.publish(Topics.LEAD_ACKNOWLEDGED, byAQueue);
        upstream.publish(Topics.LEAD_ACKNOWLEDGED, acknowledgement);
        upstream.publish(Topics.LEAD_ACKNOWLEDGED, acknowledgement);

        assertThat(probe.awaitEvent(Topics.LEAD_ASSIGNED, leadId).getOfferId()).isEqualTo(offered.getOfferId());
        List<TopicProbe.DeadLetter> dead = await().atMost(TopicProbe.PATIENCE)
                .until(() -> offers.deadLetters(Topics.LEAD_ACKNOWLEDGED).stream()
                        .filter(letter -> leadId.equals(letter.key())).toList(), letters -> letters.size() == 2);
        assertThat(dead.get(1).reason()).contains("acknowledgedBy must be a USER");
        probe.assertStaysAt(Topics.LEAD_ASSIGNED, leadId, 1, QUIET);
        assertThat(probe.events(Topics.LEAD_ASSIGNMENT_REQUESTED, leadId)).hasSize(1);
    }

    @Test
    void shouldReassignOneLeadByHandWithdrawingItsOpenOffer() {
        configure(offering(ReassignmentAlgorithm.SINGLE, null, null));
        ResponseActivated activation = activateLeads(1).get(0);
        String leadId = activation.getLeadId();
        LeadOffered toAnn = offer(leadId, 1);

        ApiClient.Response answer = http.as("manager@example.com").post("/reassignments", Map.of(
                "leadIds", List.of(leadId), "to", Map.of("type", "USER", "id", cara.id()), "note", "Cara knows them"));

        assertThat(answer.status()).isEqualTo(HttpStatus.OK);
        JsonNode outcome = answer.json().get("leads").get(0);
        assertThat(outcome.get("outcome").asString()).isEqualTo("REASSIGNED");
        LeadExpired withdrawn = offers.awaitEvent(Topics.LEAD_EXPIRED, leadId);
        assertThat(withdrawn.getOfferId()).isEqualTo(toAnn.getOfferId());
        assertThat(withdrawn.getReason()).isEqualTo(ExpiryReason.WITHDRAWN);
        assertThat(withdrawn.getDetail()).isEqualTo("reassigned manually by manager@example.com");
        LeadAssigned assigned = probe.awaitEvent(Topics.LEAD_ASSIGNED, leadId);
        assertThat(assigned.getOwner().getId()).isEqualTo(cara.id());
        assertThat(assigned.getMethod()).isEqualTo(AssignmentMethod.MANUAL_REASSIGNMENT);
        assertThat(assigned.getReason()).isEqualTo("reassigned manually by manager@example.com to Cara (" + cara.id()
                + "): Cara knows them");
        assertThat(probe.awaitEvent(Topics.LEAD_ASSIGNMENT_REQUESTED, leadId).getOwner().getId()).isEqualTo(cara.id());
        assertThat(assignments.find(activation.getResponseId()).orElseThrow().state())
                .isEqualTo(AssignmentState.SUPERSEDED);
        // The superseded offer's deadline is gone with it: nothing expires or is offered when it passes.
        letTheDeadlinePass();
        String other = activateLeads(1).get(0).getLeadId();
        offer(other, 1);
        letTheDeadlinePass();
        offers.awaitEvent(Topics.LEAD_EXPIRED, other);
        assertThat(offers.events(Topics.LEAD_EXPIRED, leadId)).hasSize(1);
        assertThat(offers.events(Topics.LEAD_OFFERED, leadId)).hasSize(1);
    }

    @Test
    void shouldReassignAHundredLeadsThroughADistributionRuleInOneRequestAndNotTwiceWhenRetried() {
        configure(offering(ReassignmentAlgorithm.SINGLE, null, null));
        List<ResponseActivated> activations = activateLeads(100);
        activations.forEach(activation -> offer(activation.getLeadId(), 1));
        List<String> leadIds = new java.util.ArrayList<>(activations.stream().map(ResponseActivated::getLeadId)
                .toList());
        leadIds.add("00Q-never-seen");
        Map<String, Object> request = Map.of("requestId", "bulk-" + unique, "leadIds", leadIds,
                "to", Map.of("type", "CANDIDATE_QUERY", "id", query));

        ApiClient.Response answer = http.as("manager@example.com").post("/reassignments", request);
        ApiClient.Response retried = http.as("manager@example.com").post("/reassignments", request);

        assertThat(answer.status()).isEqualTo(HttpStatus.OK);
        JsonNode outcomes = answer.json().get("leads");
        assertThat(outcomes).hasSize(101);
        assertThat(outcomes.get(100).get("outcome").asString()).isEqualTo("UNKNOWN_LEAD");
        List<LeadAssigned> assigned = awaitAssigned(activations);
        assertThat(assigned).extracting(event -> event.getOwner().getId()).containsOnly(ben.id());
        assertThat(assigned).extracting(LeadAssigned::getMethod).containsOnly(AssignmentMethod.MANUAL_REASSIGNMENT);
        assertThat(retried.json().get("leads").get(0).get("assignment").get("assignmentId").asString())
                .isEqualTo(outcomes.get(0).get("assignment").get("assignmentId").asString());
        probe.assertStaysAt(Topics.LEAD_ASSIGNED, activations.get(99).getLeadId(), 1, QUIET);
        assertThat(activations).allSatisfy(activation -> assertThat(
                offers.events(Topics.LEAD_EXPIRED, activation.getLeadId())).hasSize(1));
    }

    @Test
    void shouldRefuseAReassignmentToATargetThatDoesNotExist() {
        configure(offering(ReassignmentAlgorithm.SINGLE, null, null));

        ApiClient.Response answer = http.post("/reassignments", Map.of("leadIds", List.of("00Q-x"),
                "to", Map.of("type", "DISTRIBUTION_RULE", "id", "nope")));

        assertThat(answer.status()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(answer.json().get("detail").asString())
                .isEqualTo("DISTRIBUTION_RULE 'nope' is not in the routing configuration");
    }

    @Test
    void shouldComputeAcknowledgementAndIgnoredRatesFromAKnownSequence() {
        configure(offering(ReassignmentAlgorithm.SINGLE, null, null));
        // The shared clock only moves when tests move it: leave the instant earlier tests offered leads at.
        clock.advance(Duration.ofSeconds(1));
        Instant from = clock.instant();
        List<ResponseActivated> activations = activateLeads(4);
        List<LeadOffered> first = activations.stream().map(activation -> offer(activation.getLeadId(), 1)).toList();
        clock.advance(Duration.ofMinutes(2));
        publishAcknowledgement(first.get(0), ann);
        clock.advance(Duration.ofMinutes(4));
        publishAcknowledgement(first.get(1), ann);
        probe.awaitEvent(Topics.LEAD_ASSIGNED, activations.get(1).getLeadId());
        clock.advance(Duration.ofMinutes(10));
        List<LeadOffered> second = List.of(offer(activations.get(2).getLeadId(), 2),
                offer(activations.get(3).getLeadId(), 2));
        clock.advance(Duration.ofMinutes(1));
        publishAcknowledgement(second.get(0), ben);
        probe.awaitEvent(Topics.LEAD_ASSIGNED, activations.get(2).getLeadId());

        JsonNode metrics = http.get("/offers/metrics?from=" + from + "&to=" + clock.instant().plusSeconds(1)
                + "&groupBy=USER").json();

        JsonNode overall = metrics.get("overall");
        assertThat(overall.get("made").asLong()).isEqualTo(6);
        assertThat(overall.get("acknowledged").asLong()).isEqualTo(3);
        assertThat(overall.get("ignored").asLong()).isEqualTo(2);
        assertThat(overall.get("open").asLong()).isEqualTo(1);
        assertThat(overall.get("acknowledgementRate").asDouble()).isEqualTo(0.5);
        assertThat(overall.get("ignoredRate").asDouble()).isEqualTo(2.0 / 6);
        assertThat(overall.get("medianTimeToAcknowledgeMillis").asLong()).isEqualTo(Duration.ofMinutes(2).toMillis());
        assertThat(overall.get("p90TimeToAcknowledgeMillis").asLong()).isEqualTo(Duration.ofMinutes(6).toMillis());
        JsonNode annFigures = byKey(metrics.get("groups"), ann.id());
        assertThat(annFigures.get("made").asLong()).isEqualTo(4);
        assertThat(annFigures.get("acknowledgementRate").asDouble()).isEqualTo(0.5);
        assertThat(annFigures.get("ignoredRate").asDouble()).isEqualTo(0.5);
        JsonNode benFigures = byKey(metrics.get("groups"), ben.id());
        assertThat(benFigures.get("made").asLong()).isEqualTo(2);
        assertThat(benFigures.get("acknowledged").asLong()).isEqualTo(1);
        assertThat(benFigures.get("medianTimeToAcknowledgeMillis").asLong())
                .isEqualTo(Duration.ofMinutes(1).toMillis());
    }

    @Test
    void shouldPreviewACandidateQueryWithEveryoneItLeavesOutAndWhy() {
        configure(offering(ReassignmentAlgorithm.SINGLE, null, null));

        JsonNode preview = http.post("/routing/candidate-queries/preview", Map.of("candidateQuery", query,
                "alreadyOffered", List.of(ben.id()))).json();

        assertThat(preview.get("candidates").findValuesAsString("name")).containsExactly("Cara", "Dan", "Ann");
        assertThat(preview.get("candidates").get(0).get("rank").asInt()).isEqualTo(1);
        assertThat(preview.get("excluded").findValuesAsString("verdict"))
                .containsExactly("ALREADY_OFFERED", "FILTERED_OUT", "FILTERED_OUT");
    }

    @Test
    void shouldRefuseAnAcknowledgementSlaWithoutAWayToReassignAndAQueryOverUnknownFields() {
        ApiClient.Response invalid = http.post("/routing/configuration/validate", """
                {"activationTarget": {"type": "USER", "id": "005-a"},
                 "users": [{"id": "005-a", "name": "A", "rating": 4.5, "tier": "Gold"}],
                 "acknowledgement": {"within": "PT10M"},
                 "candidateQueries": [{"name": "q", "filter": {"conditions": [
                    {"field": "shoeSize", "operator": "IN", "values": ["42"]}]},
                   "sort": [{"field": "tier", "direction": "DESC"}]}]}
                """);

        assertThat(invalid.json().get("errors").findValuesAsString("path")).containsExactly(
                "acknowledgement.reassignment", "candidateQueries[0].filter.conditions[0].field",
                "candidateQueries[0].sort[0].field");
    }

    private void publishAcknowledgement(LeadOffered offer, io.leadflow.assignment.domain.routing.RoutingUser by) {
        upstream.publish(Topics.LEAD_ACKNOWLEDGED, acknowledgement(offer.getLeadId(), by, offer.getOfferId(),
                clock.instant()));
    }

    private static JsonNode byKey(JsonNode groups, String key) {
        for (JsonNode group : groups) {
            if (group.get("key").asString().equals(key)) {
                return group;
            }
        }
        throw new AssertionError("no group " + key + " in " + groups);
    }
}
