package io.leadflow.response;

import static org.awaitility.Awaitility.await;

import io.leadflow.events.ActivationKind;
import io.leadflow.events.LeadStatusChanged;
import io.leadflow.events.ResponseActivated;
import io.leadflow.events.ResponseClosed;
import io.leadflow.events.ResponseCreated;
import io.leadflow.platform.events.EventIds;
import io.leadflow.platform.kafka.PublishFailedException;
import io.leadflow.response.domain.ActivationPublisher;
import io.leadflow.response.domain.AppliedReactivation;
import io.leadflow.response.domain.CampaignMember;
import io.leadflow.response.domain.ClosurePublisher;
import io.leadflow.schemas.Topic;
import io.leadflow.schemas.Topics;
import io.leadflow.testsupport.LeadflowTestInfrastructure;
import io.leadflow.testsupport.MutableClock;
import io.leadflow.testsupport.TestEvents;
import io.leadflow.testsupport.TestPublisher;
import io.leadflow.testsupport.TestTokens;
import io.leadflow.testsupport.TopicProbe;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.utils.Utils;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one Spring context every integration test of the service shares (the embedded broker, an in-memory
 * MongoDB, a real HTTP port and a clock that stands still). Tests isolate themselves with a fresh lead id.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "leadflow.response.funnel.response-prompt-campaigns=701-contact-us")
@ContextConfiguration(initializers = LeadflowTestInfrastructure.class)
@Import({ResponseServiceIT.StillClock.class, ResponseServiceIT.FlakyPublishing.class, StoreOperations.Recording.class})
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

    @TestConfiguration(proxyBeanMethods = false)
    static class FlakyPublishing {

        @Bean
        @Primary
        FlakyActivationPublisher flakyActivationPublisher(
                @Qualifier("kafkaActivationPublisher") ActivationPublisher kafka) {
            return new FlakyActivationPublisher(kafka);
        }

        @Bean
        @Primary
        FlakyClosurePublisher flakyClosurePublisher(@Qualifier("kafkaClosurePublisher") ClosurePublisher kafka) {
            return new FlakyClosurePublisher(kafka);
        }
    }

    /** Fails once for the members a test names, before sending anything, as {@link FlakyActivationPublisher}. */
    static final class FailingOnce {

        private final Set<String> failOnce = ConcurrentHashMap.newKeySet();
        private final Set<String> failed = ConcurrentHashMap.newKeySet();

        void failOnceFor(String responseId) {
            failOnce.add(responseId);
        }

        boolean failedFor(String responseId) {
            return failed.contains(responseId);
        }

        void failIfNamed(List<CampaignMember> members) {
            List<String> failing = members.stream().map(CampaignMember::responseId).filter(failOnce::remove).toList();
            if (!failing.isEmpty()) {
                failed.addAll(failing);
                throw new PublishFailedException("Kafka did not confirm (failed by the test)", null);
            }
        }
    }

    /**
     * The service's publisher, which fails once for the responses a test names before it sends anything: what
     * the service sees when it stops between storing an activation and publishing it.
     */
    static final class FlakyActivationPublisher implements ActivationPublisher {

        private final ActivationPublisher kafka;
        final FailingOnce failing = new FailingOnce();

        FlakyActivationPublisher(ActivationPublisher kafka) {
            this.kafka = kafka;
        }

        @Override
        public void publishNewResponses(List<CampaignMember> members) {
            failing.failIfNamed(members);
            kafka.publishNewResponses(members);
        }

        @Override
        public void publishReactivations(List<AppliedReactivation> reactivations) {
            failing.failIfNamed(reactivations.stream().map(AppliedReactivation::member).toList());
            kafka.publishReactivations(reactivations);
        }
    }

    /**
     * The service's closing publisher, which fails once for the members a test names: what the service sees when
     * it stops between storing members as closed and releasing them from their funnel.
     */
    static final class FlakyClosurePublisher implements ClosurePublisher {

        private final ClosurePublisher kafka;
        final FailingOnce failing = new FailingOnce();

        FlakyClosurePublisher(ClosurePublisher kafka) {
            this.kafka = kafka;
        }

        @Override
        public void publishClosures(List<CampaignMember> closed) {
            failing.failIfNamed(closed);
            kafka.publishClosures(closed);
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    KafkaListenerEndpointRegistry listeners;
    @Autowired
    FlakyActivationPublisher activationPublisher;
    @Autowired
    FlakyClosurePublisher closurePublisher;

    TopicProbe probe;
    TestPublisher upstream;
    RestClient http;

    @BeforeEach
    void startProbeAndClients() {
        probe = TopicProbe.start(LeadflowTestInfrastructure.kafkaBootstrapServers(), Topics.RESPONSE_CREATED,
                Topics.LEAD_STATUS_CHANGED, Topics.LEAD_ASSIGNED, Topics.RESPONSE_REACTIVATION_DECIDED,
                Topics.RESPONSE_ACTIVATED, Topics.RESPONSE_CLOSED);
        upstream = new TestPublisher(LeadflowTestInfrastructure.kafkaBootstrapServers());
        http = RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultHeader(HttpHeaders.AUTHORIZATION, TestTokens.bearer("ops@example.com")).build();
    }

    @AfterEach
    void stopProbeAndClients() {
        probe.close();
        upstream.close();
    }

    <V extends SpecificRecord> void publish(Topic<V> topic, V event) {
        upstream.publish(topic, event);
    }

    /**
     * Runs {@code publishing} while the service's consumers of {@code topic} are paused, so that they take
     * everything it published in one poll, as they would after a burst.
     */
    void inOnePoll(Topic<?> topic, Runnable publishing) {
        List<MessageListenerContainer> consumers = listeners.getListenerContainers().stream()
                .filter(container -> Arrays.asList(container.getContainerProperties().getTopics()).contains(topic.name()))
                .toList();
        consumers.forEach(MessageListenerContainer::pause);
        try {
            await().atMost(TopicProbe.PATIENCE).until(() -> consumers.stream().allMatch(MessageListenerContainer::isContainerPaused));
            publishing.run();
        } finally {
            consumers.forEach(MessageListenerContainer::resume);
        }
    }

    /** Publishes events of leads on one partition so that the service takes them in one poll, in this order. */
    <V extends SpecificRecord> void publishInOnePoll(Topic<V> topic, List<V> events) {
        int partition = partitionOf(leadIdOf(events.get(0)));
        inOnePoll(topic, () -> upstream.publishAllToPartition(topic, partition, events));
    }

    /** The partition Kafka's default partitioner puts a lead's events on. */
    static int partitionOf(String leadId) {
        return Utils.toPositive(Utils.murmur2(leadId.getBytes(StandardCharsets.UTF_8))) % Topics.PARTITIONS;
    }

    /** A new lead whose events go to the given partition, to put several leads in one batch. */
    static String newLeadIdOnPartition(int partition) {
        String leadId = TestEvents.newLeadId();
        while (partitionOf(leadId) != partition) {
            leadId = TestEvents.newLeadId();
        }
        return leadId;
    }

    static String leadIdOf(SpecificRecord event) {
        return String.valueOf(event.get(event.getSchema().getField("leadId").pos()));
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
                .setTriggerNotification(true)
                .build();
    }

    /** The closing the service must publish when {@code change} closes the funnel of the response. */
    static ResponseClosed closingOf(ResponseCreated created, LeadStatusChanged change) {
        return ResponseClosed.newBuilder()
                .setEventId(EventIds.derived(Topics.RESPONSE_CLOSED.name(), created.getResponseId(), change.getEventId()))
                .setOccurredAt(change.getOccurredAt())
                .setCorrelationId(created.getCorrelationId())
                .setLeadId(created.getLeadId())
                .setResponseId(created.getResponseId())
                .setCampaignId(created.getCampaignId())
                .setReason("lead status changed to " + change.getStatus())
                .build();
    }

    /**
     * Closes the lead's funnel and sends one more qualifying response. Its activation is published after every
     * earlier one of the lead (same partitions, in order), so once it arrives the lead's activations are all in.
     */
    ResponseCreated reopenFunnel(String leadId, String openResponseId) {
        Instant respondedAt = Instant.parse(campaignMember(openResponseId).get("respondedAt").asString());
        LeadStatusChanged converted = TestEvents.statusChanged(leadId, "Working", "Converted")
                .setOccurredAt(respondedAt.plusSeconds(1)).build();
        publish(Topics.LEAD_STATUS_CHANGED, converted);
        awaitCampaignMember(openResponseId, "Closed");
        ResponseCreated next = TestEvents.responseCreated(leadId)
                .setOccurredAt(converted.getOccurredAt().plusSeconds(60)).build();
        publish(Topics.RESPONSE_CREATED, next);
        return next;
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

    /**
     * The value of one series on {@code /actuator/prometheus}, e.g. {@code leadflow_activations_total{kind="REACTIVATED"}}
     * (labels as the endpoint writes them: sorted by name); 0 while the series does not exist yet.
     */
    double scraped(String series) {
        return prometheus().lines()
                .filter(line -> line.startsWith(series + " "))
                .mapToDouble(line -> Double.parseDouble(line.substring(series.length() + 1).trim()))
                .findFirst()
                .orElse(0);
    }

    /** What {@code /actuator/prometheus} shows now, in Prometheus' text format. */
    String prometheus() {
        return http.get().uri("/actuator/prometheus").accept(MediaType.TEXT_PLAIN).retrieve().body(String.class);
    }

    static JsonNode json(String text) {
        return JSON.readTree(text);
    }
}
