package io.leadflow.launcher;

import static io.leadflow.testsupport.TestEvents.newLeadId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.leadflow.events.ResponseReactivationDecided;
import io.leadflow.schemas.Topics;
import io.leadflow.testsupport.TestEvents;
import io.leadflow.testsupport.TestPublisher;
import io.leadflow.testsupport.TopicProbe;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A wait period survives the service: reactivation-service is killed with SIGKILL while a scenario waits for a
 * lead, and the instance started afterwards fires it, once.
 */
class ReactivationRestartIT {

    private static final Duration PATIENCE = Duration.ofMinutes(3);
    private static final String CONFIGURATION = """
            {"comment": "a wait longer than the kill",
             "configuration": {"campaigns": [{"id": "701-default", "name": "Follow-up"}],
              "scenarios": [
               {"name": "Late score", "trigger": "SCORE", "score": {"threshold": 50}, "waitPeriod": "PT15S",
                "lookBack": "P1D"},
               {"name": "Task done", "trigger": "INVOCABLE", "lookBack": "PT1H", "defaultCampaignId": "701-default"}]}}
            """;

    @TempDir
    Path dataDir;

    private OneServiceStack stack;
    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @AfterEach
    void stopEverything() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void shouldFireAWaitOnceAfterTheServiceWasKilledDuringIt() throws Exception {
        stack = OneServiceStack.start(dataDir, Service.REACTIVATION);
        HttpResponse<String> saved = http.send(stack.request("/reactivation/configuration")
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(CONFIGURATION)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        stack.awaitPartitionLeaders(Topics.RESPONSE_CREATED, Topics.LEAD_SCORE_CHANGED, Topics.REACTIVATION_REQUESTED);
        String leadId = newLeadId();
        try (TopicProbe probe = TopicProbe.start(stack.bootstrapServers(), Topics.RESPONSE_REACTIVATION_DECIDED);
                TestPublisher upstream = new TestPublisher(stack.bootstrapServers())) {
            upstream.publish(Topics.RESPONSE_CREATED, TestEvents.responseCreated(leadId)
                    .setLead(TestEvents.lead().setScore(30).build()).build());
            upstream.publish(Topics.LEAD_SCORE_CHANGED, TestEvents.scoreChanged(leadId, 30, 80).build());
            await().atMost(PATIENCE).until(() -> outcomes(leadId).contains("WAITING"));

            stack.killService();
            assertThat(probe.events(Topics.RESPONSE_REACTIVATION_DECIDED, leadId)).isEmpty();
            stack.startService();

            ResponseReactivationDecided decided = probe.awaitEvent(Topics.RESPONSE_REACTIVATION_DECIDED, leadId);
            assertThat(decided.getScenario()).isEqualTo("Late score");
            // A decision that comes after: had the wait fired twice, its copy would come before it.
            upstream.publish(Topics.REACTIVATION_REQUESTED, TestEvents.reactivationRequested(leadId, "Task done").build());
            // The new instance's consumers get partitions once the killed one's session expires (45 s by default).
            await().atMost(PATIENCE).until(() -> probe.events(Topics.RESPONSE_REACTIVATION_DECIDED, leadId).size() >= 2);
            assertThat(probe.events(Topics.RESPONSE_REACTIVATION_DECIDED, leadId))
                    .extracting(ResponseReactivationDecided::getScenario).containsExactly("Late score", "Task done");
            assertThat(outcomes(leadId)).containsExactly("WAITING", "DECIDED", "WAITING", "DECIDED");
        }
    }

    private List<String> outcomes(String leadId) throws IOException, InterruptedException {
        JsonNode lead = json.readTree(http.send(stack.request("/leads/" + leadId + "/reactivations").build(),
                HttpResponse.BodyHandlers.ofString()).body());
        return lead.path("runs").valueStream().map(step -> step.path("outcome").asString()).toList();
    }
}
