package io.leadflow.platform.kafka;

import io.leadflow.schemas.Topic;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.avro.specific.SpecificRecord;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;

/**
 * Publishes events keyed by their lead id and returns only once the broker has confirmed them
 * ({@code acks=all}), so a handler that returns has really published what it decided.
 */
public class EventPublisher {

    private final KafkaTemplate<String, Object> template;
    private final Duration timeout;

    public EventPublisher(KafkaTemplate<String, Object> template, Duration timeout) {
        this.template = template;
        this.timeout = timeout;
    }

    public <V extends SpecificRecord> void publish(Topic<V> topic, V event) {
        String leadId = String.valueOf(event.get(event.getSchema().getField("leadId").pos()));
        CompletableFuture<SendResult<String, Object>> sent = template.send(topic.name(), leadId, event);
        try {
            sent.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublishFailedException("Interrupted while publishing to " + topic, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new PublishFailedException("Kafka did not confirm a " + topic + " event for lead " + leadId, e);
        }
    }
}
