package io.leadflow.reactivation;

import static io.leadflow.testsupport.TestEvents.newLeadId;
import static io.leadflow.testsupport.TestEvents.reactivationRequested;
import static io.leadflow.testsupport.TestEvents.responseCreated;
import static io.leadflow.testsupport.TestEvents.scoreChanged;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.leadflow.events.LeadAttributes;
import io.leadflow.events.LeadScoreChanged;
import io.leadflow.events.LeadSnapshot;
import io.leadflow.events.ReactivationAction;
import io.leadflow.events.ReactivationTrigger;
import io.leadflow.events.ResponseCreated;
import io.leadflow.events.ResponseReactivationDecided;
import io.leadflow.platform.events.EventIds;
import io.leadflow.schemas.Topic;
import io.leadflow.schemas.Topics;
import io.leadflow.testsupport.LeadflowTestInfrastructure;
import io.leadflow.testsupport.TestEvents;
import io.leadflow.testsupport.TestPublisher;
import io.leadflow.testsupport.TopicProbe;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/**
 * Several scenarios of one trigger, told apart by their lead criteria: two SCORE scenarios for leads of different
 * countries, end to end over the real broker. Each lead's late score fires the scenario its country matches.
 */
class LeadCriteriaIT extends ReactivationServiceIT {

    private static final Duration SCORE_WAIT = Duration.ofMinutes(10);

    private static final String CONFIGURATION = """
            {"campaigns": [{"id": "701-default", "name": "Reactivation default"}],
             "scenarios": [
               {"name": "Late score US", "trigger": "SCORE", "score": {"threshold": 50}, "waitPeriod": "PT10M",
                "lookBack": "P7D",
                "leadCriteria": {"conditions": [{"field": "country", "operator": "IN", "values": ["US"]}]}},
               {"name": "Late score DE", "trigger": "SCORE", "score": {"threshold": 50}, "waitPeriod": "PT10M",
                "lookBack": "P7D",
                "leadCriteria": {"conditions": [{"field": "country", "operator": "IN", "values": ["DE"]}]}},
               {"name": "Task done", "trigger": "INVOCABLE", "lookBack": "PT1H", "defaultCampaignId": "701-default"}]}
            """;

    private TopicProbe probe;
    private TestPublisher upstream;

    @BeforeEach
    void configureScenariosByCountryAndStartClients() {
        probe = TopicProbe.start(LeadflowTestInfrastructure.kafkaBootstrapServers(), Topics.RESPONSE_CREATED,
                Topics.LEAD_SCORE_CHANGED, Topics.REACTIVATION_REQUESTED, Topics.RESPONSE_REACTIVATION_DECIDED);
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
    void shouldFireForEachLeadTheScoreScenarioItsCountryMatches() {
        String usLead = newLeadId();
        String deLead = newLeadId();
        ResponseCreated usResponse = publish(Topics.RESPONSE_CREATED, responseCreated(usLead)
                .setLead(lead("US", 30)).build());
        ResponseCreated deResponse = publish(Topics.RESPONSE_CREATED, responseCreated(deLead)
                .setLead(lead("DE", 30)).build());
        LeadScoreChanged usScore = publish(Topics.LEAD_SCORE_CHANGED, scoreChanged(usLead, 30, 80).build());
        LeadScoreChanged deScore = publish(Topics.LEAD_SCORE_CHANGED, scoreChanged(deLead, 30, 80).build());
        assertThat(awaitStep(usLead, "WAITING").get("scenario").asString()).isEqualTo("Late score US");
        assertThat(awaitStep(deLead, "WAITING").get("scenario").asString()).isEqualTo("Late score DE");

        clock.advance(SCORE_WAIT);

        ResponseReactivationDecided us = probe.awaitEvent(Topics.RESPONSE_REACTIVATION_DECIDED, usLead);
        ResponseReactivationDecided de = probe.awaitEvent(Topics.RESPONSE_REACTIVATION_DECIDED, deLead);
        assertThat(us).isEqualTo(expectedDecision("Late score US", "US", usScore, usResponse, us.getOccurredAt()));
        assertThat(de).isEqualTo(expectedDecision("Late score DE", "DE", deScore, deResponse, de.getOccurredAt()));
    }

    @Test
    void shouldCountNothingForALeadNoScenarioIsForAndGiveUpOnALeadThatMovedDuringTheWait() {
        String frLead = newLeadId();
        String movingLead = newLeadId();
        publish(Topics.RESPONSE_CREATED, responseCreated(frLead).setLead(lead("FR", 30)).build());
        publish(Topics.RESPONSE_CREATED, responseCreated(movingLead).setLead(lead("US", 30)).build());
        publish(Topics.LEAD_SCORE_CHANGED, scoreChanged(frLead, 30, 80).build());
        LeadScoreChanged up = publish(Topics.LEAD_SCORE_CHANGED, scoreChanged(movingLead, 30, 80).build());
        awaitStep(movingLead, "WAITING");
        publish(Topics.RESPONSE_CREATED, responseCreated(movingLead).setLead(lead("DE", 80))
                .setOccurredAt(up.getOccurredAt().plusSeconds(1)).build());
        await().atMost(TopicProbe.PATIENCE).until(() -> reactivations(movingLead).path("campaignHistory").size() == 2);

        clock.advance(SCORE_WAIT);

        assertThat(awaitStep(movingLead, "CONDITION_GONE").get("reason").asString()).isEqualTo("the lead no longer"
                + " matches the scenario's lead criteria: country IN [US] (country DE is not in [US])");
        // Decisions made after the timer ran: had either score counted, its decision would come first.
        publish(Topics.REACTIVATION_REQUESTED, reactivationRequested(frLead, "Task done").build());
        publish(Topics.REACTIVATION_REQUESTED, reactivationRequested(movingLead, "Task done").build());
        assertThat(probe.awaitEvent(Topics.RESPONSE_REACTIVATION_DECIDED, frLead).getScenario()).isEqualTo("Task done");
        assertThat(probe.awaitEvent(Topics.RESPONSE_REACTIVATION_DECIDED, movingLead).getScenario())
                .isEqualTo("Task done");
        assertThat(steps(frLead)).extracting(step -> step.get("scenario").asString() + " "
                + step.get("outcome").asString()).containsExactly("Task done WAITING", "Task done DECIDED");
    }

    private static ResponseReactivationDecided expectedDecision(String scenario, String country,
            LeadScoreChanged score, ResponseCreated response, Instant decidedAt) {
        String runId = EventIds.derived("reactivation.run", scenario, score.getEventId());
        return ResponseReactivationDecided.newBuilder()
                .setEventId(EventIds.derived("response.reactivation.decided", runId))
                .setOccurredAt(decidedAt)
                .setCorrelationId(score.getCorrelationId())
                .setLeadId(score.getLeadId())
                .setScenario(scenario)
                .setTrigger(ReactivationTrigger.SCORE)
                .setAction(ReactivationAction.REACTIVATE_RESPONSE)
                .setResponseId(response.getResponseId())
                .setTriggerAssignment(true)
                .setTriggerNotification(true)
                .setLead(lead(country, 80))
                .setReason("the score changed from 30 to 80 (the score crosses 50), and the lead matches its lead"
                        + " criteria (country " + country + " is in [" + country + "]); reactivates the most recent"
                        + " eligible response of the look-back period (P7D): " + response.getResponseId()
                        + " (Spring Webinar, " + response.getOccurredAt() + ", Resolved - No Action Required)")
                .setTriggerEventId(score.getEventId())
                .build();
    }

    /** The test lead (Dana at Acme), in {@code country}, with {@code score}. */
    private static LeadSnapshot lead(String country, int score) {
        LeadSnapshot lead = TestEvents.lead().setScore(score).build();
        return LeadSnapshot.newBuilder(lead).setAttributes(LeadAttributes.newBuilder(lead.getAttributes())
                .setCountry(country).setState(null).build()).build();
    }

    private void saveConfiguration(String configuration) {
        ApiClient.Response saved = http.put("/reactivation/configuration", Map.of("comment", "LeadCriteriaIT",
                "configuration", ApiClient.JSON.readTree(configuration)));
        assertThat(saved.status()).as(saved.json().toString()).isEqualTo(HttpStatus.OK);
    }

    private <V extends SpecificRecord> V publish(Topic<V> topic, V event) {
        upstream.publish(topic, event);
        return event;
    }

}
