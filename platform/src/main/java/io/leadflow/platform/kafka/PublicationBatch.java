package io.leadflow.platform.kafka;

import io.leadflow.schemas.Topic;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.avro.specific.SpecificRecord;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;

/**
 * The events one batch of work publishes: each is handed to the producer as soon as it is added, so the
 * producer batches them on the wire, and {@link #awaitConfirmed()} waits for all confirmations together.
 * A handler calls it before it returns, so the offsets of its input commit only after everything it
 * decided is on the broker.
 */
public final class PublicationBatch {

    private final KafkaTemplate<String, Object> template;
    private final Duration timeout;
    private final List<Pending> pending = new ArrayList<>();

    PublicationBatch(KafkaTemplate<String, Object> template, Duration timeout) {
        this.template = template;
        this.timeout = timeout;
    }

    /** Sends the event keyed by its lead id; its confirmation is awaited by {@link #awaitConfirmed()}. */
    public <V extends SpecificRecord> PublicationBatch add(Topic<V> topic, V event) {
        String leadId = String.valueOf(event.get(event.getSchema().getField("leadId").pos()));
        pending.add(new Pending(topic, leadId, template.send(topic.name(), leadId, event)));
        return this;
    }

    public int size() {
        return pending.size();
    }

    /** Returns once the broker confirmed every event added, or fails naming the first it did not confirm. */
    public void awaitConfirmed() {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (Pending sent : pending) {
            try {
                sent.result().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new PublishFailedException("Interrupted while publishing to " + sent.topic(), e);
            } catch (ExecutionException | TimeoutException e) {
                throw new PublishFailedException(
                        "Kafka did not confirm a " + sent.topic() + " event for lead " + sent.leadId(), e);
            }
        }
        pending.clear();
    }

    private record Pending(Topic<?> topic, String leadId, CompletableFuture<SendResult<String, Object>> result) {
    }
}
