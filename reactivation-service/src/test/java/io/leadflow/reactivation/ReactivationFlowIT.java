package io.leadflow.reactivation;

import static io.leadflow.testsupport.TestEvents.newLeadId;
import static io.leadflow.testsupport.TestEvents.reactivationRequested;
import static io.leadflow.testsupport.TestEvents.responseActivated;
import static io.leadflow.testsupport.TestEvents.responseCreated;
import static io.leadflow.testsupport.TestEvents.scoreChanged;
import static io.leadflow.testsupport.TestEvents.statusChanged;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.leadflow.events.LeadScoreChanged;
import io.leadflow.events.LeadSnapshot;
import io.leadflow.events.LeadStatusChanged;
import io.leadflow.events.LeadUpdateRequested;
import io.leadflow.events.ReactivationAction;
import io.leadflow.events.ReactivationRequested;
import io.leadflow.events.ReactivationTrigger;
import io.leadflow.events.RelatedRecordType;
import io.leadflow.events.ResponseClosed;
import io.leadflow.events.ResponseCreated;
import io.leadflow.events.ResponseReactivationDecided;
import io.leadflow.platform.events.EventIds;
import io.leadflow.schemas.Topic;
import io.leadflow.schemas.Topics;
import io.leadflow.testsupport.LeadflowTestInfrastructure;
import io.leadflow.testsupport.TestPublisher;
import io.leadflow.testsupport.TopicProbe;
import io.leadflow.testsupport.TopicProbe.DeadLetter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.JsonNode;

/**
 * The scenarios end to end over the real broker: events in, decisions and sync commands out, exactly. The
 * clock stands still until a test moves it past a wait period.
 */
class ReactivationFlowIT extends ReactivationServiceIT {

    private static final Duration SCORE_WAIT = Duration.ofMinutes(10);

    private static final String CONFIGURATION = """
            {"campaigns": [{"id": "701-default", "name": "Reactivation default"},
                           {"id": "701-prompt", "name": "Contact us"}],
             "scenarios": [
               {"name": "Late score", "trigger": "SCORE", "score": {"threshold": 50}, "waitPeriod": "PT10M",
                "lookBack": "P7D",
                "sync": {"fields": {"Reactivation_Scenario__c": "{scenario}", "Reactivated_At__c": "{decidedAt}",
                                    "Funnel_Stage__c": "MQL"}}},
               {"name": "Back to working", "trigger": "ACTIVE_STATUS",
                "status": {"inactive": ["Nurture"], "active": ["Working"]}, "lookBack": "P30D",
                "activateNonResponses": true, "defaultCampaignId": "701-default", "triggerNotification": false},
               {"name": "Contact us", "trigger": "RESPONSE_PROMPT", "responsePrompt": {"campaignIds": ["701-prompt"]},
                "lookBack": "P7D"},
               {"name": "Task done", "trigger": "INVOCABLE", "lookBack": "PT1H", "defaultCampaignId": "701-default",
                "eligibility": {"notReactivatedBefore": true}, "triggerAssignment": false}]}
            """;

    private TopicProbe probe;
    private TestPublisher upstream;

    @BeforeEach
    void configureScenariosAndStartClients() {
        probe = TopicProbe.start(LeadflowTestInfrastructure.kafkaBootstrapServers(), Topics.RESPONSE_CREATED,
                Topics.RESPONSE_ACTIVATED, Topics.RESPONSE_CLOSED, Topics.LEAD_SCORE_CHANGED,
                Topics.LEAD_STATUS_CHANGED, Topics.LEAD_OWNER_CHANGED, Topics.REACTIVATION_REQUESTED,
                Topics.RESPONSE_REACTIVATION_DECIDED, Topics.LEAD_UPDATE_REQUESTED);
        upstream = new TestPublisher(LeadflowTestInfrastructure.kafkaBootstrapServers());
        saveConfiguration(CONFIGURATION);
    }

    @AfterEach
    void restoreTheEmptyConfiguration() {
        saveConfiguration("{}");
        probe.close();
        upstream.close();
    }

    @Test
    void shouldReactivateTheResolvedResponseWhenTheScoreArrivesLateAndTheWaitEnds() {
        String leadId = newLeadId();
        ResponseCreated response = publish(Topics.RESPONSE_CREATED, responseCreated(leadId)
                .setLead(lead(30)).build());
        LeadScoreChanged score = publish(Topics.LEAD_SCORE_CHANGED, scoreChanged(leadId, 30, 80).build());
        JsonNode waiting = awaitStep(leadId, "WAITING");
        Instant handledAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        assertThat(waiting.get("dueAt").asString()).isEqualTo(handledAt.plus(SCORE_WAIT).toString());

        clock.advance(SCORE_WAIT);

        String runId = runId("Late score", score.getEventId());
        String reason = "the score changed from 30 to 80 (the score crosses 50); reactivates the most recent "
                + "eligible response of the look-back period (P7D): " + response.getResponseId()
                + " (Spring Webinar, " + response.getOccurredAt() + ", Resolved - No Action Required)";
        ResponseReactivationDecided decision = probe.awaitEvent(Topics.RESPONSE_REACTIVATION_DECIDED, leadId);
        Instant decidedAt = decision.getOccurredAt();
        assertThat(decision).isEqualTo(ResponseReactivationDecided.newBuilder()
                .setEventId(EventIds.derived("response.reactivation.decided", runId))
                .setOccurredAt(decidedAt)
                .setCorrelationId(score.getCorrelationId())
                .setLeadId(leadId)
                .setScenario("Late score")
                .setTrigger(ReactivationTrigger.SCORE)
                .setAction(ReactivationAction.REACTIVATE_RESPONSE)
                .setResponseId(response.getResponseId())
                .setTriggerAssignment(true)
                .setTriggerNotification(true)
                .setLead(lead(80))
                .setReason(reason)
                .setTriggerEventId(score.getEventId())
                .build());
        assertThat(decidedAt).isAfterOrEqualTo(handledAt.plus(SCORE_WAIT));
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("Reactivation_Scenario__c", "Late score");
        fields.put("Reactivated_At__c", decidedAt.toString());
        fields.put("Funnel_Stage__c", "MQL");
        assertThat(probe.awaitEvent(Topics.LEAD_UPDATE_REQUESTED, leadId)).isEqualTo(LeadUpdateRequested.newBuilder()
                .setEventId(EventIds.derived("lead.update.requested", runId))
                .setOccurredAt(decidedAt)
                .setCorrelationId(score.getCorrelationId())
                .setLeadId(leadId)
                .setFields(fields)
                .setSource("reactivation scenario Late score")
                .setCauseEventId(decision.getEventId())
                .build());
        JsonNode decided = awaitStep(leadId, "DECIDED");
        assertThat(decided.get("action").asString()).isEqualTo("REACTIVATE_RESPONSE");
        assertThat(decided.get("reason").asString()).isEqualTo(reason);
        assertThat(reactivations(leadId).get("waiting")).isEmpty();
    }

    @Test
    void shouldDoNothingButSayWhyWhenTheScoreDroppedAgainBeforeTheWaitEnded() {
        String leadId = newLeadId();
        publish(Topics.RESPONSE_CREATED, responseCreated(leadId).setLead(lead(30)).build());
        LeadScoreChanged up = publish(Topics.LEAD_SCORE_CHANGED, scoreChanged(leadId, 30, 80).build());
        publish(Topics.LEAD_SCORE_CHANGED, scoreChanged(leadId, 80, 40)
                .setOccurredAt(up.getOccurredAt().plusSeconds(60)).build());
        awaitScore(leadId, 40);

        clock.advance(SCORE_WAIT);

        assertThat(awaitStep(leadId, "CONDITION_GONE").get("reason").asString())
                .isEqualTo("the score is 40 when the wait ends: the score crosses 50 no longer holds");
        // A decision made after the timer ran: had the score run decided, it would come first.
        ReactivationRequested task = publish(Topics.REACTIVATION_REQUESTED,
                reactivationRequested(leadId, "Task done").build());
        ResponseReactivationDecided only = probe.awaitEvent(Topics.RESPONSE_REACTIVATION_DECIDED, leadId);
        assertThat(only.getScenario()).isEqualTo("Task done");
        assertThat(only.getTriggerEventId()).isEqualTo(task.getEventId());
        assertThat(probe.events(Topics.LEAD_UPDATE_REQUESTED, leadId)).isEmpty();
    }

    @Test
    void shouldNotReactivateALeadThatHasAnOpenActiveResponse() {
        String leadId = newLeadId();
        ResponseCreated response = publish(Topics.RESPONSE_CREATED, responseCreated(leadId).build());
        publish(Topics.RESPONSE_ACTIVATED, responseActivated(leadId).setResponseId(response.getResponseId()).build());
        await().until(() -> response.getResponseId().equals(
                reactivations(leadId).path("openActiveResponseId").asString(null)));

        publish(Topics.LEAD_SCORE_CHANGED, scoreChanged(leadId, 30, 80).build());

        assertThat(awaitStep(leadId, "ACTIVE_RESPONSE_EXISTS").get("reason").asString()).endsWith(
                "; the lead has the open active response " + response.getResponseId() + ": one active response per lead");
        assertThat(reactivations(leadId).get("waiting")).isEmpty();
    }

    @Test
    void shouldReactivateAgainOnceTheActiveResponseClosed() {
        String leadId = newLeadId();
        ResponseCreated response = publish(Topics.RESPONSE_CREATED, responseCreated(leadId).build());
        publish(Topics.RESPONSE_ACTIVATED, responseActivated(leadId).setResponseId(response.getResponseId()).build());
        publish(Topics.RESPONSE_CLOSED, closed(leadId, response.getResponseId()));
        await().until(() -> "Closed".equals(reactivations(leadId).path("campaignHistory").path(0)
                .path("responseStatus").asString(null)));

        publish(Topics.REACTIVATION_REQUESTED, reactivationRequested(leadId, "Task done").build());

        ResponseReactivationDecided decision = probe.awaitEvent(Topics.RESPONSE_REACTIVATION_DECIDED, leadId);
        assertThat(decision.getAction()).isEqualTo(ReactivationAction.REACTIVATE_RESPONSE);
        assertThat(decision.getResponseId()).isEqualTo(response.getResponseId());
        assertThat(decision.getTriggerAssignment()).as("Task done does not trigger assignment").isFalse();
        assertThat(decision.getRelatedRecordType()).isEqualTo("TASK");
    }

    @Test
    void shouldActivateTheNonResponseWhenTheStatusMovesFromInactiveToActive() {
        String leadId = newLeadId();
        ResponseCreated sent = publish(Topics.RESPONSE_CREATED, responseCreated(leadId).setResponded(false)
                .setMemberStatus("Sent").setCampaignId("701-newsletter").setCampaignName("Newsletter").build());
        awaitMembers(leadId, 1);

        LeadStatusChanged working = publish(Topics.LEAD_STATUS_CHANGED, statusChanged(leadId, "Nurture", "Working")
                .build());

        ResponseReactivationDecided decision = probe.awaitEvent(Topics.RESPONSE_REACTIVATION_DECIDED, leadId);
        assertThat(decision.getTrigger()).isEqualTo(ReactivationTrigger.ACTIVE_STATUS);
        assertThat(decision.getAction()).isEqualTo(ReactivationAction.ACTIVATE_NON_RESPONSE);
        assertThat(decision.getResponseId()).isEqualTo(sent.getResponseId());
        assertThat(decision.getTriggerNotification()).as("Back to working tells nobody").isFalse();
        assertThat(decision.getTriggerAssignment()).isTrue();
        assertThat(decision.getLead().getStatus()).isEqualTo("Working");
        assertThat(decision.getReason()).startsWith("the status changed from Nurture to Working (the status moves "
                + "from Nurture to Working); no eligible response of the look-back period (P30D); activates the most "
                + "recent eligible non-response: " + sent.getResponseId());
        assertThat(decision.getTriggerEventId()).isEqualTo(working.getEventId());
        // No sync on this scenario: its decision is the lead's only record on the command topic's side.
        assertThat(probe.events(Topics.LEAD_UPDATE_REQUESTED, leadId)).isEmpty();
    }

    @Test
    void shouldInsertADefaultMemberWhenTheLookBackFindsOnlyAnOldResponse() {
        String leadId = newLeadId();
        publish(Topics.RESPONSE_CREATED, responseCreated(leadId)
                .setOccurredAt(clock.instant().minus(Duration.ofDays(31)).truncatedTo(ChronoUnit.MILLIS)).build());
        awaitMembers(leadId, 1);

        publish(Topics.LEAD_STATUS_CHANGED, statusChanged(leadId, "Nurture", "Working").build());

        ResponseReactivationDecided decision = probe.awaitEvent(Topics.RESPONSE_REACTIVATION_DECIDED, leadId);
        assertThat(decision.getAction()).isEqualTo(ReactivationAction.INSERT_DEFAULT_MEMBER);
        assertThat(decision.getResponseId()).isNull();
        assertThat(decision.getDefaultCampaignId()).isEqualTo("701-default");
        assertThat(decision.getDefaultCampaignName()).isEqualTo("Reactivation default");
        assertThat(decision.getReason()).endsWith("no campaign member of the look-back period (P30D); inserts a "
                + "member in the default campaign Reactivation default");
    }

    @Test
    void shouldReviveARecentResponseInsteadOfTheResponsePrompt() {
        String leadId = newLeadId();
        ResponseCreated earlier = publish(Topics.RESPONSE_CREATED, responseCreated(leadId).setLead(lead(30)).build());
        awaitMembers(leadId, 1);

        ResponseCreated prompt = publish(Topics.RESPONSE_CREATED, responseCreated(leadId).setCampaignId("701-prompt")
                .setCampaignName("Contact us").build());

        ResponseReactivationDecided decision = probe.awaitEvent(Topics.RESPONSE_REACTIVATION_DECIDED, leadId);
        assertThat(decision.getTrigger()).isEqualTo(ReactivationTrigger.RESPONSE_PROMPT);
        assertThat(decision.getAction()).isEqualTo(ReactivationAction.REACTIVATE_RESPONSE);
        assertThat(decision.getResponseId()).isEqualTo(earlier.getResponseId());
        assertThat(decision.getTriggerEventId()).isEqualTo(prompt.getEventId());
        assertThat(decision.getReason()).startsWith("response " + prompt.getResponseId()
                + " to the response-prompt campaign Contact us arrived; ");
    }

    @Test
    void shouldRunAnInvocableScenarioRequestedOverRest() {
        String leadId = newLeadId();

        ApiClient.Response answer = http.as("workflow").post("/leads/" + leadId + "/reactivations", Map.of(
                "scenario", "Task done", "relatedRecordType", "TASK", "relatedRecordId", "00T-7"));

        assertThat(answer.status()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(answer.json().get("outcome").asString()).isEqualTo("WAITING");
        ResponseReactivationDecided decision = probe.awaitEvent(Topics.RESPONSE_REACTIVATION_DECIDED, leadId);
        assertThat(decision.getTrigger()).isEqualTo(ReactivationTrigger.INVOCABLE);
        assertThat(decision.getAction()).isEqualTo(ReactivationAction.INSERT_DEFAULT_MEMBER);
        assertThat(decision.getRelatedRecordId()).isEqualTo("00T-7");
        assertThat(decision.getReason()).startsWith("invoked for TASK 00T-7 by workflow; ");
    }

    @Test
    void shouldPreviewWhatAnEventWouldDoWithoutChangingAnything() {
        String leadId = newLeadId();
        ResponseCreated response = publish(Topics.RESPONSE_CREATED, responseCreated(leadId).setLead(lead(30)).build());
        awaitMembers(leadId, 1);

        JsonNode preview = http.post("/reactivation/preview", Map.of("leadId", leadId,
                "event", Map.of("type", "SCORE", "previousScore", 30, "score", 80))).json();

        assertThat(preview.get("scenario").asString()).isEqualTo("Late score");
        assertThat(preview.get("startsWait").asBoolean()).isTrue();
        assertThat(preview.get("waitPeriod").asString()).isEqualTo("PT10M");
        assertThat(preview.get("action").asString()).isEqualTo("REACTIVATE_RESPONSE");
        assertThat(preview.get("responseId").asString()).isEqualTo(response.getResponseId());
        assertThat(preview.get("syncFields").get("Funnel_Stage__c").asString()).isEqualTo("MQL");
        assertThat(preview.get("reason").asString()).startsWith("the score changed from 30 to 80 (the score crosses "
                + "50); fires at ");
        JsonNode nothing = http.post("/reactivation/preview", Map.of("leadId", leadId,
                "event", Map.of("type", "STATUS", "previousStatus", "Working", "status", "Open"))).json();
        assertThat(nothing.get("scenario").isNull()).isTrue();
        assertThat(nothing.get("startsWait").asBoolean()).isFalse();
        // Nothing changed: no wait, no step, and the next decision for the lead is the one asked for next.
        assertThat(reactivations(leadId).get("waiting")).isEmpty();
        assertThat(reactivations(leadId).get("runs")).isEmpty();
        publish(Topics.REACTIVATION_REQUESTED, reactivationRequested(leadId, "Task done").build());
        assertThat(probe.awaitEvent(Topics.RESPONSE_REACTIVATION_DECIDED, leadId).getScenario()).isEqualTo("Task done");
    }

    @Test
    void shouldRefuseAPreviewOfAnIncompleteEvent() {
        ApiClient.Response answer = http.post("/reactivation/preview", Map.of("leadId", newLeadId(),
                "event", Map.of("type", "SCORE")));

        assertThat(answer.status()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.json().get("detail").asString()).isEqualTo("event.score is required for a preview of this type");
    }

    @Test
    void shouldRefuseOverRestAScenarioThatIsNotInvocable() {
        ApiClient.Response answer = http.post("/leads/" + newLeadId() + "/reactivations", Map.of(
                "scenario", "Late score", "relatedRecordType", "TASK", "relatedRecordId", "00T-7"));

        assertThat(answer.status()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.json().get("detail").asString()).isEqualTo(
                "no enabled invocable scenario named Late score (invocable ones: Task done)");
    }

    @Test
    void shouldDeadLetterARequestForAScenarioThatIsNotInvocableAndCarryOn() {
        String leadId = newLeadId();
        ReactivationRequested wrong = reactivationRequested(leadId, "Late score").build();

        publish(Topics.REACTIVATION_REQUESTED, wrong);
        publish(Topics.REACTIVATION_REQUESTED, reactivationRequested(leadId, "Task done").build());

        assertThat(probe.awaitDeadLetter(Topics.REACTIVATION_REQUESTED, leadId).reason())
                .isEqualTo("no enabled invocable scenario named Late score (invocable ones: Task done)");
        assertThat(probe.awaitEvent(Topics.RESPONSE_REACTIVATION_DECIDED, leadId).getScenario()).isEqualTo("Task done");
    }

    @Test
    void shouldDecideOnceWhenAScoreChangeIsDeliveredTwiceAndIgnoreAnOlderOneArrivingLate() {
        String leadId = newLeadId();
        publish(Topics.RESPONSE_CREATED, responseCreated(leadId).setLead(lead(30)).build());
        LeadScoreChanged up = scoreChanged(leadId, 30, 80).build();
        publish(Topics.LEAD_SCORE_CHANGED, up);
        publish(Topics.LEAD_SCORE_CHANGED, up);
        // Older than the one applied: a late delivery of a change from before (it would cross 50 again).
        publish(Topics.LEAD_SCORE_CHANGED, scoreChanged(leadId, 10, 60)
                .setOccurredAt(up.getOccurredAt().minusSeconds(60)).build());
        awaitStep(leadId, "WAITING");

        clock.advance(SCORE_WAIT);

        ResponseReactivationDecided decision = probe.awaitEvent(Topics.RESPONSE_REACTIVATION_DECIDED, leadId);
        assertThat(decision.getTriggerEventId()).isEqualTo(up.getEventId());
        assertThat(decision.getLead().getScore()).isEqualTo(80);
        publish(Topics.REACTIVATION_REQUESTED, reactivationRequested(leadId, "Task done").build());
        assertThat(probe.awaitEvents(Topics.RESPONSE_REACTIVATION_DECIDED, leadId, 2))
                .extracting(ResponseReactivationDecided::getScenario).containsExactly("Late score", "Task done");
        assertThat(steps(leadId)).extracting(step -> step.get("outcome").asString())
                .containsExactly("WAITING", "DECIDED", "WAITING", "DECIDED");
    }

    @Test
    void shouldKeepTheFirstWaitWhenTheScenarioIsTriggeredAgainWhileItWaits() {
        String leadId = newLeadId();
        publish(Topics.RESPONSE_CREATED, responseCreated(leadId).setLead(lead(30)).build());
        LeadScoreChanged first = publish(Topics.LEAD_SCORE_CHANGED, scoreChanged(leadId, 30, 80).build());
        awaitStep(leadId, "WAITING");
        publish(Topics.LEAD_SCORE_CHANGED, scoreChanged(leadId, 80, 20)
                .setOccurredAt(first.getOccurredAt().plusSeconds(1)).build());
        publish(Topics.LEAD_SCORE_CHANGED, scoreChanged(leadId, 20, 90)
                .setOccurredAt(first.getOccurredAt().plusSeconds(2)).build());

        assertThat(awaitStep(leadId, "ALREADY_WAITING").get("reason").asString()).endsWith(
                "the scenario already waits for this lead (run " + runId("Late score", first.getEventId())
                        + "), which stands");
        clock.advance(SCORE_WAIT);
        assertThat(probe.awaitEvent(Topics.RESPONSE_REACTIVATION_DECIDED, leadId).getTriggerEventId())
                .isEqualTo(first.getEventId());
    }

    static Stream<Topic<?>> consumedTopics() {
        return Stream.of(Topics.RESPONSE_CREATED, Topics.RESPONSE_ACTIVATED, Topics.RESPONSE_CLOSED,
                Topics.LEAD_SCORE_CHANGED, Topics.LEAD_STATUS_CHANGED, Topics.LEAD_OWNER_CHANGED,
                Topics.REACTIVATION_REQUESTED);
    }

    @ParameterizedTest
    @MethodSource("consumedTopics")
    void shouldDeadLetterAnUndecodableRecordOfEveryConsumedTopicAndCarryOn(Topic<?> topic) {
        String leadId = newLeadId();
        byte[] garbage = "not avro".getBytes(StandardCharsets.UTF_8);

        upstream.publishRaw(topic, leadId, garbage);
        publish(Topics.REACTIVATION_REQUESTED, reactivationRequested(leadId, "Task done").build());

        DeadLetter dead = probe.awaitDeadLetter(topic, leadId);
        assertThat(dead.value()).isEqualTo(garbage);
        assertThat(dead.reason()).startsWith(topic.name() + ": not a ");
        assertThat(probe.awaitEvent(Topics.RESPONSE_REACTIVATION_DECIDED, leadId).getScenario()).isEqualTo("Task done");
    }

    @Test
    void shouldDeadLetterInvalidEventsWithEveryProblemNamed() {
        String leadId = newLeadId();

        publish(Topics.LEAD_SCORE_CHANGED, scoreChanged(leadId, null, -5).build());
        publish(Topics.REACTIVATION_REQUESTED, reactivationRequested(leadId, " ")
                .setRelatedRecordType(RelatedRecordType.UNKNOWN).setRelatedRecordId("").build());
        publish(Topics.REACTIVATION_REQUESTED, reactivationRequested(leadId, "Task done").build());

        assertThat(probe.awaitDeadLetter(Topics.LEAD_SCORE_CHANGED, leadId).reason())
                .isEqualTo("invalid lead.score.changed: score must not be negative (-5)");
        assertThat(probe.awaitDeadLetter(Topics.REACTIVATION_REQUESTED, leadId).reason())
                .isEqualTo("invalid reactivation.requested: scenario must not be blank; relatedRecordId must not be "
                        + "blank; relatedRecordType must be TASK, LEAD or CONTACT");
        assertThat(probe.awaitEvent(Topics.RESPONSE_REACTIVATION_DECIDED, leadId).getScenario()).isEqualTo("Task done");
    }

    @Test
    void shouldCountRunStepsPerScenarioAndOutcomeOpenWaitsAndDeadLettersOnThePrometheusEndpoint() {
        List<String> series = List.of(
                "leadflow_reactivation_runs_total{outcome=\"WAITING\",scenario=\"Late score\"}",
                "leadflow_reactivation_runs_total{outcome=\"WAITING\",scenario=\"Task done\"}",
                "leadflow_reactivation_runs_total{outcome=\"DECIDED\",scenario=\"Task done\"}",
                "leadflow_reactivation_open_waits",
                "leadflow_events_dead_lettered_total{topic=\"" + Topics.REACTIVATION_REQUESTED.name() + "\"}");
        Map<String, Double> before = new LinkedHashMap<>();
        series.forEach(name -> before.put(name, scraped(name)));
        String waiting = newLeadId();
        String invoked = newLeadId();

        publish(Topics.RESPONSE_CREATED, responseCreated(waiting).setLead(lead(30)).build());
        publish(Topics.LEAD_SCORE_CHANGED, scoreChanged(waiting, 30, 80).build());
        publish(Topics.REACTIVATION_REQUESTED, reactivationRequested(invoked, "Late score").build());
        publish(Topics.REACTIVATION_REQUESTED, reactivationRequested(invoked, "Task done").build());
        awaitStep(waiting, "WAITING");
        probe.awaitEvent(Topics.RESPONSE_REACTIVATION_DECIDED, invoked);
        probe.awaitDeadLetter(Topics.REACTIVATION_REQUESTED, invoked);

        // The clock stands still, so only the late score's wait stays open.
        await().atMost(TopicProbe.PATIENCE).untilAsserted(() -> {
            Map<String, Double> increases = new LinkedHashMap<>();
            series.forEach(name -> increases.put(name, scraped(name) - before.get(name)));
            assertThat(increases).containsExactly(
                    Map.entry(series.get(0), 1.0),
                    Map.entry(series.get(1), 1.0),
                    Map.entry(series.get(2), 1.0),
                    Map.entry(series.get(3), 1.0),
                    Map.entry(series.get(4), 1.0));
        });
    }

    private void saveConfiguration(String configuration) {
        ApiClient.Response saved = http.put("/reactivation/configuration", Map.of("comment", "ReactivationFlowIT",
                "configuration", ApiClient.JSON.readTree(configuration)));
        assertThat(saved.status()).as(saved.json().toString()).isEqualTo(HttpStatus.OK);
    }

    private <V extends SpecificRecord> V publish(Topic<V> topic, V event) {
        upstream.publish(topic, event);
        return event;
    }

    private static LeadSnapshot lead(int score) {
        return io.leadflow.testsupport.TestEvents.lead().setScore(score).build();
    }

    private static String runId(String scenario, String triggerEventId) {
        return EventIds.derived("reactivation.run", scenario, triggerEventId);
    }

    private static ResponseClosed closed(String leadId, String responseId) {
        return ResponseClosed.newBuilder()
                .setEventId(UUID.randomUUID().toString()).setOccurredAt(Instant.now().truncatedTo(ChronoUnit.MILLIS))
                .setCorrelationId(UUID.randomUUID().toString()).setLeadId(leadId)
                .setResponseId(responseId).setCampaignId("701-spring-webinar")
                .setReason("lead status changed to Converted").build();
    }

    private void awaitMembers(String leadId, int count) {
        await().atMost(TopicProbe.PATIENCE).until(() -> reactivations(leadId).get("campaignHistory").size() == count);
    }

    private void awaitScore(String leadId, int score) {
        await().atMost(TopicProbe.PATIENCE).until(() -> reactivations(leadId).path("score").asInt(-1) == score);
    }
}
