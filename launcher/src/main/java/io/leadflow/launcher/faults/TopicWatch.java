package io.leadflow.launcher.faults;

import io.leadflow.events.LeadAssigned;
import io.leadflow.events.LeadExpired;
import io.leadflow.events.LeadOffered;
import io.leadflow.events.NotificationSent;
import io.leadflow.events.ResponseActivated;
import io.leadflow.schemas.EventDeserializer;
import io.leadflow.schemas.Topic;
import io.leadflow.schemas.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Plain consumers without a group reading, from the first offset, the topics the invariants are checked on: the
 * platform's outcomes and every dead-letter topic. They survive a broker outage (the client reconnects).
 */
final class TopicWatch implements AutoCloseable {

    static final String DEAD_LETTER_REASON_HEADER = "leadflow-dlt-reason";

    static final List<String> OUTCOME_TOPICS = List.of(Topics.RESPONSE_ACTIVATED.name(), Topics.LEAD_ASSIGNED.name(),
            Topics.LEAD_OFFERED.name(), Topics.LEAD_EXPIRED.name(), Topics.NOTIFICATION_SENT.name(),
            Topics.NOTIFICATION_FAILED.name(), Topics.LEAD_ASSIGNMENT_REQUESTED.name());

    private final List<Reader<?>> readers = new ArrayList<>();

    static TopicWatch start(String bootstrapServers, Observations observations) {
        TopicWatch watch = new TopicWatch();
        watch.readers.add(new Reader<>(bootstrapServers, OUTCOME_TOPICS, new EventDeserializer(), record -> {
            Object event = record.value();
            if (event instanceof ResponseActivated activated) {
                observations.activated(activated);
            } else if (event instanceof LeadAssigned assigned) {
                observations.assigned(assigned);
            } else if (event instanceof LeadOffered offered) {
                observations.offered(offered);
            } else if (event instanceof LeadExpired expired) {
                observations.expired(expired);
            } else if (event instanceof NotificationSent sent) {
                observations.notified(sent);
            } else if (event instanceof GenericRecord other) {
                observations.counted(record.topic(), String.valueOf(other.get(Topic.LEAD_ID)));
            }
        }));
        List<String> deadLetterTopics = Topics.ALL.stream().map(Topic::deadLetterTopic).toList();
        watch.readers.add(new Reader<>(bootstrapServers, deadLetterTopics, new ByteArrayDeserializer(),
                record -> observations.deadLettered(record.topic(), record.key(), reason(record))));
        watch.readers.forEach(Reader::start);
        return watch;
    }

    private static String reason(ConsumerRecord<String, byte[]> record) {
        Header header = record.headers().lastHeader(DEAD_LETTER_REASON_HEADER);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** Fails the scenario when a reader stopped on an error: what it saw would be incomplete. */
    void rethrowFailure() {
        readers.forEach(Reader::rethrowFailure);
    }

    @Override
    public void close() {
        readers.forEach(Reader::close);
    }

    private static final class Reader<V> {

        interface Handler<V> {
            void read(ConsumerRecord<String, V> record);
        }

        private final KafkaConsumer<String, V> consumer;
        private final Collection<String> topics;
        private final Handler<V> handler;
        private final Thread thread;
        private final AtomicReference<RuntimeException> failure = new AtomicReference<>();
        private volatile boolean running = true;

        Reader(String bootstrapServers, Collection<String> topics, Deserializer<V> values, Handler<V> handler) {
            Properties config = new Properties();
            config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
            config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
            this.consumer = new KafkaConsumer<>(config, new StringDeserializer(), values);
            this.topics = topics;
            this.handler = handler;
            this.thread = new Thread(this::poll, "fault-watch-" + topics.iterator().next());
            thread.setDaemon(true);
        }

        void start() {
            List<TopicPartition> partitions = topics.stream()
                    .flatMap(topic -> consumer.partitionsFor(topic, Duration.ofSeconds(60)).stream())
                    .map(info -> new TopicPartition(info.topic(), info.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            thread.start();
        }

        private void poll() {
            try {
                while (running) {
                    for (ConsumerRecord<String, V> record : consumer.poll(Duration.ofMillis(200))) {
                        handler.read(record);
                    }
                }
            } catch (WakeupException closing) {
                // close() woke the poll up.
            } catch (RuntimeException e) {
                failure.set(e);
            } finally {
                consumer.close();
            }
        }

        void rethrowFailure() {
            RuntimeException e = failure.get();
            if (e != null) {
                throw new IllegalStateException("Reading " + topics + " failed: " + e.getMessage(), e);
            }
        }

        void close() {
            running = false;
            consumer.wakeup();
            try {
                thread.join(Duration.ofSeconds(10).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
