package io.leadflow.testsupport;

import io.leadflow.schemas.EventSerializer;
import io.leadflow.schemas.Topic;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
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

    public <V extends SpecificRecord> void publish(Topic<V> topic, V event) {
        String leadId = String.valueOf(event.get(event.getSchema().getField("leadId").pos()));
        send(new ProducerRecord<>(topic.name(), leadId, event));
    }

    /** Publishes arbitrary bytes, e.g. a poison record. */
    public void publishRaw(Topic<?> topic, String key, byte[] value) {
        send(new ProducerRecord<>(topic.name(), key, value));
    }

    private void send(ProducerRecord<String, Object> record) {
        try {
            producer.send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not publish to " + record.topic(), e.getCause());
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
