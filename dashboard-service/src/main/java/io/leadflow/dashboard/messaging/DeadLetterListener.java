package io.leadflow.dashboard.messaging;

import io.leadflow.dashboard.domain.Dashboard;
import io.leadflow.dashboard.domain.DeadLetter;
import io.leadflow.platform.kafka.LeadflowKafkaAutoConfiguration;
import io.leadflow.schemas.Topic;
import io.leadflow.schemas.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Every dead-letter topic, read as raw bytes (a dead letter is a copy of a record some service could not read):
 * counted per source topic with its reason, and added to its lead's journey, never decoded.
 */
@Component
class DeadLetterListener extends StartOfDaySeek {

    private final Dashboard dashboard;

    DeadLetterListener(Dashboard dashboard) {
        super(dashboard);
        this.dashboard = dashboard;
    }

    @KafkaListener(id = "dashboard-dead-letters", topics = "#{@dashboardTopics.deadLetterTopics()}", batch = "true",
            containerFactory = "deadLetterListenerFactory")
    void on(List<ConsumerRecord<String, byte[]>> records) {
        dashboard.applyDeadLetters(records.stream().map(DeadLetterListener::deadLetter).toList());
    }

    private static DeadLetter deadLetter(ConsumerRecord<String, byte[]> record) {
        Header reason = record.headers().lastHeader(LeadflowKafkaAutoConfiguration.DEAD_LETTER_REASON_HEADER);
        String source = record.topic().substring(0, record.topic().length() - Topic.DEAD_LETTER_SUFFIX.length());
        // The directory's topics are keyed by user or group: their dead letters belong to no lead's journey.
        String leadId = Topics.byName(source).filter(Topic::isKeyedByLead).map(topic -> record.key()).orElse(null);
        return new DeadLetter(record.topic() + "-" + record.partition() + "@" + record.offset(), source, leadId,
                reason == null ? "(no reason given)" : new String(reason.value(), StandardCharsets.UTF_8),
                Instant.ofEpochMilli(record.timestamp()));
    }
}
