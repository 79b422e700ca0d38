package io.leadflow.platform.kafka;

import io.leadflow.schemas.Topic;
import java.time.Duration;
import org.apache.avro.specific.SpecificRecord;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Publishes events keyed by their lead id and returns only once the broker has confirmed them
 * ({@code acks=all}), so a handler that returns has really published what it decided. Handlers of a batch
 * use {@link #batch()}: every send first, then every confirmation, never one blocking send per record.
 */
public class EventPublisher {

    private final KafkaTemplate<String, Object> template;
    private final Duration timeout;

    public EventPublisher(KafkaTemplate<String, Object> template, Duration timeout) {
        this.template = template;
        this.timeout = timeout;
    }

    /** A new batch of sends confirmed together. */
    public PublicationBatch batch() {
        return new PublicationBatch(template, timeout);
    }

    /** Publishes one event and waits for its confirmation: for work that is one event, such as a REST call. */
    public <V extends SpecificRecord> void publish(Topic<V> topic, V event) {
        batch().add(topic, event).awaitConfirmed();
    }
}
