package io.leadflow.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.leadflow.events.LeadAssigned;
import io.leadflow.events.ResponseActivated;
import io.leadflow.schemas.EventDeserializer;
import io.leadflow.schemas.EventSerializer;
import io.leadflow.schemas.Topics;
import io.leadflow.testsupport.TestEvents;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * assignment-service killed with SIGKILL in the middle of a burst, while it routes batches: after a restart
 * every activation ends in exactly one decision (copies of one decision re-published after the crash share
 * its event id) and the round robin is exactly fair, as if nothing had happened.
 */
class AssignmentCrashIT {

    private static final int LEADS = 4_000;
    private static final List<String> MEMBERS = List.of("005-crash-1", "005-crash-2", "005-crash-3", "005-crash-4");
    private static final String RULE = "crash-pool";
    private static final Duration PATIENCE = Duration.ofMinutes(4);

    @TempDir
    Path dataDir;

    private OneServiceStack stack;
    private final JsonMapper json = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();
    private final Map<String, Set<String>> decisionIdsByResponse = new ConcurrentHashMap<>();
    private final Map<String, String> ownerByResponse = new ConcurrentHashMap<>();
    private final AtomicBoolean reading = new AtomicBoolean(true);
    private Thread reader;

    @AfterEach
    void stopEverything() throws InterruptedException {
        reading.set(false);
        if (reader != null) {
            reader.join(10_000);
        }
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void shouldEndWithOneDecisionPerResponseAndExactCountsAfterAKillMidBatch() throws Exception {
        stack = OneServiceStack.start(dataDir, Service.ASSIGNMENT);
        configureRoundRobin();
        reader = new Thread(this::readDecisions, "lead-assigned-reader");
        reader.start();

        List<ResponseActivated> activations = new ArrayList<>();
        for (int i = 0; i < LEADS; i++) {
            // Owned by the inbound queue, which is subject to reassignment: every lead is routed.
            activations.add(TestEvents.responseActivated(TestEvents.newLeadId()).build());
        }
        publish(activations);

        await().atMost(PATIENCE).until(() -> ownerByResponse.size() >= LEADS / 5);
        stack.killService();
        int decidedBeforeTheCrash = ownerByResponse.size();
        stack.startService();

        await().atMost(PATIENCE).until(() -> ownerByResponse.size() == LEADS);
        assertThat(decidedBeforeTheCrash).isLessThan(LEADS);
        assertThat(decisionIdsByResponse.values()).allSatisfy(ids -> assertThat(ids).hasSize(1));
        Map<String, Long> perMember = ownerByResponse.values().stream()
                .collect(Collectors.groupingBy(owner -> owner, TreeMap::new, Collectors.counting()));
        assertThat(perMember).containsOnlyKeys(MEMBERS).allSatisfy((member, count) ->
                assertThat(count).isEqualTo(LEADS / MEMBERS.size()));
        JsonNode state = get("/routing/distribution-rules/" + RULE + "/state");
        assertThat(state.get("members").valueStream().map(member -> member.get("assigned").asLong()))
                .containsOnly((long) LEADS / MEMBERS.size());
        // Picks the killed instance stored assignments for but never confirmed are confirmed by the sweeper.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(get("/routing/distribution-rules/" + RULE + "/state").get("unconfirmedPicks")).isEmpty());
    }

    private void configureRoundRobin() throws IOException, InterruptedException {
        ObjectNode request = json.createObjectNode().put("comment", "round robin");
        ObjectNode configuration = request.putObject("configuration");
        configuration.putObject("activationTarget").put("type", "DISTRIBUTION_RULE").put("id", RULE);
        ObjectNode rule = configuration.putArray("distributionRules").addObject()
                .put("name", RULE).put("method", "ROUND_ROBIN");
        ArrayNode members = rule.putArray("members");
        ArrayNode users = configuration.putArray("users");
        for (String member : MEMBERS) {
            members.addObject().put("userId", member);
            users.addObject().put("id", member).put("name", member).put("timeZone", "UTC").put("paused", false);
        }
        HttpResponse<String> saved = http.send(stack.request("/routing/configuration")
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(request))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
    }

    private JsonNode get(String path) throws IOException, InterruptedException {
        return json.readTree(http.send(stack.request(path).build(),
                HttpResponse.BodyHandlers.ofString()).body());
    }

    /** All sent before any is awaited, as an upstream burst arrives. */
    private void publish(List<ResponseActivated> activations) throws Exception {
        stack.awaitPartitionLeaders(Topics.RESPONSE_ACTIVATED);
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, Object> producer =
                new KafkaProducer<>(config, new StringSerializer(), new EventSerializer())) {
            List<Future<RecordMetadata>> sent = new ArrayList<>();
            for (ResponseActivated activation : activations) {
                sent.add(producer.send(new ProducerRecord<>(Topics.RESPONSE_ACTIVATED.name(),
                        activation.getLeadId(), activation)));
            }
            for (Future<RecordMetadata> confirmed : sent) {
                confirmed.get();
            }
        }
    }

    /** Every lead.assigned, by response: the event ids seen (copies share one) and the owner. */
    private void readDecisions() {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "crash-test-reader");
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<String, SpecificRecord> consumer =
                new KafkaConsumer<>(config, new StringDeserializer(), new EventDeserializer())) {
            consumer.subscribe(List.of(Topics.LEAD_ASSIGNED.name()));
            while (reading.get()) {
                for (ConsumerRecord<String, SpecificRecord> record : consumer.poll(Duration.ofMillis(200))) {
                    LeadAssigned assigned = (LeadAssigned) record.value();
                    decisionIdsByResponse.computeIfAbsent(assigned.getResponseId(), id -> ConcurrentHashMap.newKeySet())
                            .add(assigned.getEventId());
                    ownerByResponse.put(assigned.getResponseId(), assigned.getOwner().getId());
                }
            }
        }
    }

}
