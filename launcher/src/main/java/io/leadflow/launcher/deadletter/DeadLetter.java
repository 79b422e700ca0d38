package io.leadflow.launcher.deadletter;

import io.leadflow.schemas.Topic;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/** A record set aside on a topic's dead-letter topic, with the original key and value bytes. */
public record DeadLetter(Topic<?> source, ConsumerRecord<String, byte[]> record) {

    /** The header the services' error handler writes the failure's reason to. */
    public static final String REASON = "leadflow-dlt-reason";

    public PartitionOffset place() {
        return new PartitionOffset(record.partition(), record.offset());
    }

    /** {@code <dlt topic>-<partition>@<offset>}. */
    public String address() {
        return record.topic() + "-" + record.partition() + "@" + record.offset();
    }

    /** When the broker took it onto the dead-letter topic. */
    public Instant at() {
        return Instant.ofEpochMilli(record.timestamp());
    }

    public String reason() {
        Header reason = record.headers().lastHeader(REASON);
        return reason == null || reason.value() == null ? "(no reason)" : new String(reason.value(), StandardCharsets.UTF_8);
    }
}
