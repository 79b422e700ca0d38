package io.leadflow.response;

import static org.awaitility.Awaitility.await;

import io.leadflow.events.ActivationKind;
import io.leadflow.events.ResponseActivated;
import io.leadflow.events.ResponseCreated;
import io.leadflow.platform.events.EventIds;
import io.leadflow.schemas.Topic;
import io.leadflow.schemas.Topics;
import io.leadflow.testsupport.LeadflowTestInfrastructure;
import io.leadflow.testsupport.MutableClock;
import io.leadflow.testsupport.TestPublisher;
import io.leadflow.testsupport.TopicProbe;
import java.time.Duration;
import java.time.Instant;
import org.apache.avro.specific.SpecificRecord;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one Spring context every integration test of the service shares (the embedded broker, an in-memory
 * MongoDB, a real HTTP port and a clock that stands still). Tests isolate themselves with a fresh lead id.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = LeadflowTestInfrastructure.class)
@Import(ResponseServiceIT.StillClock.class)
abstract class ResponseServiceIT {

    /** The service's clock: every activation happens at this instant. */
    static final Instant NOW = Instant.parse("2026-11-23T19:04:05.123Z");

    /** How long "nothing more happens" is watched for. */
    static final Duration QUIET = Duration.ofSeconds(1);

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TestConfiguration(proxyBeanMethods = false)
    static class StillClock {

        @Bean
        MutableClock clock() {
            return new MutableClock(NOW);
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    MongoTemplate mongo;

    TopicProbe probe;
    TestPublisher upstream;
    RestClient http;

    @BeforeEach
    void startProbeAndClients() {
        probe = TopicProbe.start(LeadflowTestInfrastructure.kafkaBootstrapServers(), Topics.RESPONSE_CREATED,
                Topics.LEAD_STATUS_CHANGED, Topics.LEAD_ASSIGNED, Topics.RESPONSE_ACTIVATED);
        upstream = new TestPublisher(LeadflowTestInfrastructure.kafkaBootstrapServers());
        http = RestClient.create("http://localhost:" + port);
    }

    @AfterEach
    void stopProbeAndClients() {
        probe.close();
        upstream.close();
    }

    <V extends SpecificRecord> void publish(Topic<V> topic, V event) {
        upstream.publish(topic, event);
    }

    /** The activation the service must publish for a qualifying response activated at {@code activatedAt}. */
    static ResponseActivated activationOf(ResponseCreated created, Instant activatedAt) {
        return ResponseActivated.newBuilder()
                .setEventId(EventIds.derived(Topics.RESPONSE_ACTIVATED.name(), created.getResponseId()))
                .setOccurredAt(activatedAt)
                .setCorrelationId(created.getCorrelationId())
                .setLeadId(created.getLeadId())
                .setResponseId(created.getResponseId())
                .setCampaignId(created.getCampaignId())
                .setKind(ActivationKind.NEW_RESPONSE)
                .setLead(created.getLead())
                .setTriggerAssignment(true)
                .build();
    }

    /** GETs a path of the service's API; any status, the body as JSON. */
    ResponseEntity<JsonNode> get(String path, Object... variables) {
        return http.get().uri(path, variables)
                .retrieve()
                .onStatus(status -> true, (request, response) -> { })
                .toEntity(JsonNode.class);
    }

    JsonNode campaignMember(String responseId) {
        return get("/campaign-members/{responseId}", responseId).getBody();
    }

    /** Waits until the campaign member is stored with the given status label, and returns its JSON. */
    JsonNode awaitCampaignMember(String responseId, String responseStatus) {
        await().atMost(TopicProbe.PATIENCE).until(() -> {
            ResponseEntity<JsonNode> response = get("/campaign-members/{responseId}", responseId);
            return response.getStatusCode().is2xxSuccessful()
                    && response.getBody().get("responseStatus").asString().equals(responseStatus);
        });
        return campaignMember(responseId);
    }

    Document storedCampaignMember(String responseId) {
        return mongo.findById(responseId, Document.class, "campaign_members");
    }

    Document storedLead(String leadId) {
        return mongo.findById(leadId, Document.class, "leads");
    }

    static JsonNode json(String text) {
        return JSON.readTree(text);
    }
}
