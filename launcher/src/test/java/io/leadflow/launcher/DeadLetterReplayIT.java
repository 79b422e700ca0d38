package io.leadflow.launcher;

import static io.leadflow.testsupport.TestEvents.newLeadId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.leadflow.launcher.deadletter.DeadLetter;
import io.leadflow.launcher.deadletter.DeadLetterReplay;
import io.leadflow.launcher.deadletter.DeadLetterReplay.Replayed;
import io.leadflow.launcher.deadletter.DeadLetters;
import io.leadflow.schemas.Topics;
import io.leadflow.testsupport.TestEvents;
import io.leadflow.testsupport.TestPublisher;
import io.leadflow.testsupport.TopicProbe;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Dead letters replayed with the launcher's replay: one whose cause was fixed in the meantime goes through, one that
 * still fails is dead-lettered again with its reason.
 */
class DeadLetterReplayIT {

    private static final Instant REPLAYED_AT = Instant.parse("2025-03-04T10:15:30Z");
    private static final String CONFIGURATION = """
            {"comment": "the scenario the dead letter asked for",
             "configuration": {"campaigns": [{"id": "701-default", "name": "Follow-up"}],
              "scenarios": [
               {"name": "Task done", "trigger": "INVOCABLE", "lookBack": "PT1H", "defaultCampaignId": "701-default"}]}}
            """;

    @TempDir
    Path dataDir;

    private OneServiceStack stack;
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void stopEverything() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void shouldReplayADeadLetterOnceItsCauseIsFixedAndDeadLetterAgainOneThatStillFails() throws Exception {
        stack = OneServiceStack.start(dataDir, Service.REACTIVATION);
        stack.awaitPartitionLeaders(Topics.REACTIVATION_REQUESTED);
        DeadLetterReplay replay = new DeadLetterReplay(stack.bootstrapServers(),
                Clock.fixed(REPLAYED_AT, ZoneOffset.UTC));
        String leadId = newLeadId();
        String garbageKey = newLeadId();
        try (TopicProbe probe = TopicProbe.start(stack.bootstrapServers(), Topics.REACTIVATION_REQUESTED,
                        Topics.RESPONSE_REACTIVATION_DECIDED);
                TestPublisher upstream = new TestPublisher(stack.bootstrapServers())) {
            // given a request for a scenario nobody configured yet, dead-lettered
            upstream.publish(Topics.REACTIVATION_REQUESTED, TestEvents.reactivationRequested(leadId, "Task done").build());
            assertThat(probe.awaitDeadLetter(Topics.REACTIVATION_REQUESTED, leadId).reason())
                    .contains("no enabled invocable scenario named Task done");
            DeadLetter unknownScenario = deadLetterOf(leadId);
            // and the scenario configured since
            saveConfiguration();

            // when it is replayed
            List<Replayed> replayed = replay.replay(Topics.REACTIVATION_REQUESTED, "ops-anna",
                    List.of(unknownScenario.place()));

            // then the decision comes, and the record says who replayed which dead letter when
            assertThat(replayed).extracting(one -> one.deadLetter().address())
                    .containsExactly(unknownScenario.address());
            assertThat(probe.awaitEvent(Topics.RESPONSE_REACTIVATION_DECIDED, leadId).getScenario())
                    .isEqualTo("Task done");
            ConsumerRecord<String, byte[]> again = recordAt(replayed.get(0));
            assertThat(again.key()).isEqualTo(leadId);
            assertThat(again.value()).isEqualTo(unknownScenario.record().value());
            assertThat(headers(again)).containsEntry(DeadLetterReplay.REPLAYED_BY, "ops-anna")
                    .containsEntry(DeadLetterReplay.REPLAYED_AT, "2025-03-04T10:15:30Z")
                    .containsEntry(DeadLetterReplay.REPLAYED_FROM, "reactivation.requested.dlt-"
                            + unknownScenario.record().partition() + "@" + unknownScenario.record().offset());

            // given a record nothing can read, dead-lettered
            byte[] garbage = "not an avro record".getBytes(StandardCharsets.UTF_8);
            upstream.publishRaw(Topics.REACTIVATION_REQUESTED, garbageKey, garbage);
            probe.awaitDeadLetter(Topics.REACTIVATION_REQUESTED, garbageKey);
            DeadLetter unreadable = deadLetterOf(garbageKey);

            // when it is replayed
            replay.replay(Topics.REACTIVATION_REQUESTED, "ops-anna", List.of(unreadable.place()));

            // then it is dead-lettered again, bytes unchanged, with its reason
            await().atMost(TopicProbe.PATIENCE).until(() -> deadLettersOf(probe, garbageKey).size() == 2);
            List<TopicProbe.DeadLetter> twice = deadLettersOf(probe, garbageKey);
            assertThat(twice).allSatisfy(dead -> {
                assertThat(dead.value()).isEqualTo(garbage);
                assertThat(dead.reason()).isNotBlank();
            });
            assertThat(twice.get(1).headers()).containsEntry(DeadLetterReplay.REPLAYED_FROM, unreadable.address());
            probe.assertStaysAt(Topics.RESPONSE_REACTIVATION_DECIDED, leadId, 1, Duration.ofSeconds(2));
        }
    }

    private DeadLetter deadLetterOf(String key) {
        return new DeadLetters(stack.bootstrapServers()).of(Topics.REACTIVATION_REQUESTED).stream()
                .filter(dead -> key.equals(dead.record().key())).reduce((first, second) -> second).orElseThrow();
    }

    private static List<TopicProbe.DeadLetter> deadLettersOf(TopicProbe probe, String key) {
        return probe.deadLetters(Topics.REACTIVATION_REQUESTED).stream().filter(dead -> key.equals(dead.key()))
                .toList();
    }

    private void saveConfiguration() throws IOException, InterruptedException {
        HttpResponse<String> saved = http.send(stack.request("/reactivation/configuration")
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(CONFIGURATION)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
    }

    /** The record a replay wrote, read back from the original topic. */
    private ConsumerRecord<String, byte[]> recordAt(Replayed replayed) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (KafkaConsumer<String, byte[]> consumer =
                new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            TopicPartition partition = new TopicPartition(replayed.sent().topic(), replayed.sent().partition());
            consumer.assign(List.of(partition));
            consumer.seek(partition, replayed.sent().offset());
            List<ConsumerRecord<String, byte[]>> read = new ArrayList<>();
            await().atMost(TopicProbe.PATIENCE).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(read::add);
                return !read.isEmpty();
            });
            return read.get(0);
        }
    }

    private static Map<String, String> headers(ConsumerRecord<String, byte[]> record) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
        }
        return headers;
    }
}
