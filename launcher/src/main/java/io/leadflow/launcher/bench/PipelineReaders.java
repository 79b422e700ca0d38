package io.leadflow.launcher.bench;

import io.leadflow.events.LeadAssigned;
import io.leadflow.events.NotificationSent;
import io.leadflow.events.ResponseActivated;
import io.leadflow.schemas.EventDeserializer;
import io.leadflow.schemas.Topic;
import io.leadflow.schemas.Topics;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * The topics the pipeline benchmark reads into its ledger: the three steps of every lead's journey, and every
 * topic where a failure would show (notification failures and the dead-letter topics).
 */
final class PipelineReaders implements AutoCloseable {

    private final List<TopicReader<?>> readers = new ArrayList<>();

    private PipelineReaders() {
    }

    static PipelineReaders start(String bootstrapServers, LeadLedger ledger) {
        PipelineReaders started = new PipelineReaders();
        try {
            started.readers.add(TopicReader.start(bootstrapServers, List.of(Topics.RESPONSE_ACTIVATED.name()),
                    new EventDeserializer(), (record, at) -> ledger.activated((ResponseActivated) record.value(), at)));
            started.readers.add(TopicReader.start(bootstrapServers, List.of(Topics.LEAD_ASSIGNED.name()),
                    new EventDeserializer(), (record, at) -> ledger.assigned((LeadAssigned) record.value(), at)));
            started.readers.add(TopicReader.start(bootstrapServers, List.of(Topics.NOTIFICATION_SENT.name()),
                    new EventDeserializer(), (record, at) -> ledger.notified((NotificationSent) record.value(), at)));
            started.readers.add(TopicReader.start(bootstrapServers, failureTopics(), new ByteArrayDeserializer(),
                    (record, at) -> ledger.failed(record.topic())));
            return started;
        } catch (RuntimeException e) {
            started.close();
            throw e;
        }
    }

    /** Raw bytes: a dead letter is whatever could not be processed, and only counting it matters here. */
    private static List<String> failureTopics() {
        List<String> topics = new ArrayList<>();
        topics.add(Topics.NOTIFICATION_FAILED.name());
        Topics.ALL.stream().map(Topic::deadLetterTopic).forEach(topics::add);
        return topics;
    }

    void rethrowFailure() {
        readers.forEach(TopicReader::rethrowFailure);
    }

    @Override
    public void close() {
        readers.forEach(TopicReader::close);
    }
}
