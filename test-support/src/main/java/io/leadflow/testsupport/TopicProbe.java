package io.leadflow.testsupport;

import static org.awaitility.Awaitility.await;

import io.leadflow.schemas.EventDeserializer;
import io.leadflow.schemas.Topic;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * A plain Kafka consumer that records everything published to some topics (and their dead-letter
 * topics) from the moment it starts, so tests can assert on the exact records a service emits.
 */
public final class TopicProbe implements AutoCloseable {

    /** How long a probe waits for expected records. */
    public static final Duration PATIENCE = Duration.ofSeconds(30);

    private final KafkaConsumer<String, byte[]> consumer;
    private final List<ConsumerRecord<String, byte[]>> records = new CopyOnWriteArrayList<>();
    private final Thread poller;
    private volatile boolean running = true;

    private TopicProbe(String bootstrapServers, List<String> topicNames) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = topicNames.stream()
                .flatMap(name -> consumer.partitionsFor(name, Duration.ofSeconds(30)).stream()
                        .map(info -> new TopicPartition(name, info.partition())))
                .toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        // Resolve the end offsets now, so nothing published after start() returns is missed.
        partitions.forEach(consumer::position);
        poller = new Thread(this::poll, "topic-probe");
        poller.setDaemon(true);
        poller.start();
    }

    /** Starts recording the given topics and their dead-letter topics. */
    public static TopicProbe start(String bootstrapServers, Topic<?>... topics) {
        List<String> names = Stream.of(topics).flatMap(t -> Stream.of(t.name(), t.deadLetterTopic())).toList();
        return new TopicProbe(bootstrapServers, names);
    }

    private void poll() {
        try {
            while (running) {
                consumer.poll(Duration.ofMillis(100)).forEach(records::add);
            }
        } catch (WakeupException stopping) {
            // close() woke us up.
        } finally {
            consumer.close();
        }
    }

    /** Events of {@code topic} for one lead, decoded, in publication order. */
    public <V extends SpecificRecord> List<V> events(Topic<V> topic, String leadId) {
        EventDeserializer deserializer = new EventDeserializer();
        List<V> events = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            if (record.topic().equals(topic.name()) && leadId.equals(record.key())) {
                events.add(topic.valueType().cast(deserializer.deserialize(topic.name(), record.value())));
            }
        }
        return events;
    }

    /** Waits until exactly {@code count} events of {@code topic} for the lead have arrived, and returns them. */
    public <V extends SpecificRecord> List<V> awaitEvents(Topic<V> topic, String leadId, int count) {
        await().atMost(PATIENCE).until(() -> events(topic, leadId).size() >= count);
        List<V> events = events(topic, leadId);
        if (events.size() != count) {
            throw new AssertionError("Expected " + count + " " + topic + " events for " + leadId + " but got " + events);
        }
        return events;
    }

    public <V extends SpecificRecord> V awaitEvent(Topic<V> topic, String leadId) {
        return awaitEvents(topic, leadId, 1).get(0);
    }

    /** Asserts that, for {@code quietPeriod}, no more than {@code count} events of the topic arrive for the lead. */
    public void assertStaysAt(Topic<?> topic, String leadId, int count, Duration quietPeriod) {
        await().during(quietPeriod).atMost(quietPeriod.plus(PATIENCE))
                .until(() -> events(topic, leadId).size() == count);
    }

    /** Dead-letter records of a topic whose key is {@code key}, waiting for one to arrive. */
    public DeadLetter awaitDeadLetter(Topic<?> topic, String key) {
        await().atMost(PATIENCE).until(() -> deadLetter(topic, key).isPresent());
        return deadLetter(topic, key).orElseThrow();
    }

    public List<DeadLetter> deadLetters(Topic<?> topic) {
        return records.stream()
                .filter(record -> record.topic().equals(topic.deadLetterTopic()))
                .map(DeadLetter::of)
                .toList();
    }

    private Optional<DeadLetter> deadLetter(Topic<?> topic, String key) {
        return deadLetters(topic).stream().filter(dead -> key.equals(dead.key())).findFirst();
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        try {
            poller.join(Duration.ofSeconds(10).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A dead-letter record: the original bytes and the headers that say why. */
    public record DeadLetter(String key, byte[] value, Map<String, String> headers) {

        static DeadLetter of(ConsumerRecord<String, byte[]> record) {
            Map<String, String> headers = new java.util.LinkedHashMap<>();
            for (Header header : record.headers()) {
                headers.put(header.key(), header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8));
            }
            return new DeadLetter(record.key(), record.value(), headers);
        }

        /** The leadflow reason header. */
        public String reason() {
            return headers.get("leadflow-dlt-reason");
        }
    }
}
