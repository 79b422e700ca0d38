package io.leadflow.launcher.faults;

import io.leadflow.events.LeadAssigned;
import io.leadflow.events.LeadExpired;
import io.leadflow.events.LeadOffered;
import io.leadflow.events.NotificationSent;
import io.leadflow.events.ResponseActivated;
import io.leadflow.launcher.bench.TopicReader;
import io.leadflow.schemas.EventDeserializer;
import io.leadflow.schemas.Topic;
import io.leadflow.schemas.Topics;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Plain consumers without a group reading, from the first offset, the topics the invariants are checked on: the
 * platform's outcomes and every dead-letter topic (the benchmark's {@link TopicReader}s). They survive a broker
 * outage: the client reconnects.
 */
final class TopicWatch implements AutoCloseable {

    static final String DEAD_LETTER_REASON_HEADER = "leadflow-dlt-reason";

    static final List<String> OUTCOME_TOPICS = List.of(Topics.RESPONSE_ACTIVATED.name(), Topics.LEAD_ASSIGNED.name(),
            Topics.LEAD_OFFERED.name(), Topics.LEAD_EXPIRED.name(), Topics.NOTIFICATION_SENT.name(),
            Topics.NOTIFICATION_FAILED.name(), Topics.LEAD_ASSIGNMENT_REQUESTED.name());

    private final List<TopicReader<?>> readers = new ArrayList<>();

    static TopicWatch start(String bootstrapServers, Observations observations) {
        TopicWatch watch = new TopicWatch();
        watch.readers.add(TopicReader.fromFirstOffset(bootstrapServers, OUTCOME_TOPICS, new EventDeserializer(),
                (record, readAt) -> observe(record.value(), observations)));
        List<String> deadLetterTopics = Topics.ALL.stream().map(Topic::deadLetterTopic).toList();
        watch.readers.add(TopicReader.fromFirstOffset(bootstrapServers, deadLetterTopics, new ByteArrayDeserializer(),
                (record, readAt) -> observations.deadLettered(record.topic(), record.key(), reason(record))));
        return watch;
    }

    private static void observe(Object event, Observations observations) {
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
            observations.counted(String.valueOf(other.get(Topic.LEAD_ID)));
        }
    }

    private static String reason(ConsumerRecord<String, byte[]> record) {
        Header header = record.headers().lastHeader(DEAD_LETTER_REASON_HEADER);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** Fails the scenario when a reader stopped on an error: what it saw would be incomplete. */
    void rethrowFailure() {
        readers.forEach(TopicReader::rethrowFailure);
    }

    @Override
    public void close() {
        readers.forEach(TopicReader::close);
    }
}
