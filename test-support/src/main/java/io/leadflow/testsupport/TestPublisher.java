package io.leadflow.testsupport;

import io.leadflow.schemas.EventSerializer;
import io.leadflow.schemas.Topic;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;

/** Publishes as an upstream system would: a plain producer, lead id keys, the project's wire format. */
public final class TestPublisher implements AutoCloseable {

    private final KafkaProducer<String, Object> producer;

    public TestPublisher(String bootstrapServers) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        producer = new KafkaProducer<>(config, new StringSerializer(), new EventSerializer());
    }

    /** Publishes the event keyed as its topic is: by the lead id, or by the user or group id of the directory. */
    public <V extends SpecificRecord> void publish(Topic<V> topic, V event) {
        String key = String.valueOf(event.get(event.getSchema().getField(topic.keyField()).pos()));
        send(new ProducerRecord<>(topic.name(), key, event));
    }

    /** Publishes arbitrary bytes, e.g. a poison record. */
    public void publishRaw(Topic<?> topic, String key, byte[] value) {
        send(new ProducerRecord<>(topic.name(), key, value));
    }

    /**
     * Publishes the events to one partition, all sent before any is awaited, so a consumer finds them
     * together in one poll as it would after a burst.
     */
    public <V extends SpecificRecord> void publishAllToPartition(Topic<V> topic, int partition, List<V> events) {
        List<Future<RecordMetadata>> sent = new ArrayList<>();
        for (V event : events) {
            String leadId = String.valueOf(event.get(event.getSchema().getField("leadId").pos()));
            sent.add(producer.send(new ProducerRecord<>(topic.name(), partition, leadId, event)));
        }
        sent.forEach(TestPublisher::await);
    }

    /** Publishes arbitrary bytes to one partition, e.g. a poison record between others. */
    public void publishRawToPartition(Topic<?> topic, int partition, String key, byte[] value) {
        await(producer.send(new ProducerRecord<>(topic.name(), partition, key, value)));
    }

    private void send(ProducerRecord<String, Object> record) {
        await(producer.send(record));
    }

    private static void await(Future<RecordMetadata> sent) {
        try {
            sent.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not publish", e.getCause());
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
