package io.leadflow.launcher.bench;

import io.leadflow.events.ActivationKind;
import io.leadflow.events.LeadAssigned;
import io.leadflow.events.ResponseActivated;
import io.leadflow.schemas.EventDeserializer;
import io.leadflow.schemas.EventSerializer;
import io.leadflow.schemas.Topics;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The benchmark's side of the broker, as the upstream system and a dashboard would see it: a plain producer
 * of {@code response.activated} and a plain consumer of {@code lead.assigned}, reading from the end of the
 * topic as it was when the benchmark connected.
 */
final class LeadTraffic implements AutoCloseable {

    private final KafkaProducer<String, Object> producer;
    private final KafkaConsumer<String, SpecificRecord> consumer;
    private final ExecutorService sender = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "bench-sender");
        thread.setDaemon(true);
        return thread;
    });

    LeadTraffic(String bootstrapServers) {
        Properties producerConfig = new Properties();
        producerConfig.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        producerConfig.put(ProducerConfig.ACKS_CONFIG, "all");
        producer = new KafkaProducer<>(producerConfig, new StringSerializer(), new EventSerializer());
        Properties consumerConfig = new Properties();
        consumerConfig.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        consumerConfig.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumer = new KafkaConsumer<>(consumerConfig, new StringDeserializer(), new EventDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(Topics.LEAD_ASSIGNED.name(), Duration.ofSeconds(30))
                .stream().map(info -> new TopicPartition(info.topic(), info.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
    }

    /**
     * Sends the batch's activations, each of a fresh lead, as fast as the producer goes and reads
     * {@code lead.assigned} meanwhile, until every response of the batch is assigned.
     *
     * @return how many responses of the batch were assigned: all of them, unless the timeout passed first
     */
    int route(Activations batch, Assignments assignments, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        CompletableFuture<Void> sending = CompletableFuture.runAsync(() -> send(batch), sender);
        int assigned = 0;
        while (assigned < batch.size()) {
            if (Instant.now().isAfter(deadline)) {
                return assigned;
            }
            if (sending.isCompletedExceptionally()) {
                sending.join();
            }
            ConsumerRecords<String, SpecificRecord> records = consumer.poll(Duration.ofMillis(100));
            long receivedAt = System.currentTimeMillis();
            for (ConsumerRecord<String, SpecificRecord> record : records) {
                LeadAssigned event = (LeadAssigned) record.value();
                if (assignments.add(event, receivedAt) && batch.contains(event.getResponseId())) {
                    assigned++;
                }
            }
        }
        sending.join();
        return assigned;
    }

    private void send(Activations batch) {
        AtomicReference<Exception> failure = new AtomicReference<>();
        for (int i = 0; i < batch.size() && failure.get() == null; i++) {
            ResponseActivated activation = activation(Instant.now());
            batch.sent(activation.getResponseId(), activation.getOccurredAt().toEpochMilli());
            producer.send(new ProducerRecord<>(Topics.RESPONSE_ACTIVATED.name(), activation.getLeadId(), activation),
                    (metadata, exception) -> {
                        if (exception != null) {
                            failure.compareAndSet(null, exception);
                        }
                    });
        }
        producer.flush();
        if (failure.get() != null) {
            throw new IllegalStateException("Could not publish response.activated", failure.get());
        }
        batch.acknowledged(System.currentTimeMillis());
    }

    /** A qualifying activation of a new lead in the Inbound Leads Queue: re-routed, and nothing else. */
    private static ResponseActivated activation(Instant now) {
        String id = UUID.randomUUID().toString();
        return ResponseActivated.newBuilder()
                .setEventId(UUID.randomUUID().toString())
                .setOccurredAt(now.truncatedTo(ChronoUnit.MILLIS))
                .setCorrelationId(UUID.randomUUID().toString())
                .setLeadId("00Q-" + id)
                .setResponseId("00v-" + id)
                .setCampaignId("701-bench")
                .setKind(ActivationKind.NEW_RESPONSE)
                .setTriggerAssignment(true)
                .setLead(BenchLead.snapshot())
                .build();
    }

    @Override
    public void close() {
        sender.shutdownNow();
        producer.close();
        consumer.close();
    }
}
