package io.leadflow.launcher.demo;

import io.leadflow.events.AssignmentPurpose;
import io.leadflow.events.LeadAssignmentRequested;
import io.leadflow.events.LeadOwnerChanged;
import io.leadflow.events.Owner;
import io.leadflow.events.OwnerKind;
import io.leadflow.schemas.EventDeserializer;
import io.leadflow.schemas.EventSerializer;
import io.leadflow.schemas.Topics;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Plays the upstream systems around leadflow: the CRM, which applies every {@code lead.assignment.requested}
 * and reports the owner change, and an external engine in the style of Matchmaker, which routes leads parked
 * in the Lead Routing Queue to the territory's account owner a few seconds later. Leads outside every
 * territory are never picked up, so assignment-service's timeout and fallback can be seen.
 */
final class SimulatedCrm implements AutoCloseable {

    private static final Map<String, Owner> TERRITORY_OWNERS = Map.of(
            "CA", DemoLead.owner("005-priya", OwnerKind.USER, "Priya Patel"),
            "WA", DemoLead.owner("005-priya", OwnerKind.USER, "Priya Patel"),
            "NY", DemoLead.owner("005-marcus", OwnerKind.USER, "Marcus Lee"),
            "MA", DemoLead.owner("005-marcus", OwnerKind.USER, "Marcus Lee"),
            "IL", DemoLead.owner("005-sofia", OwnerKind.USER, "Sofia Garcia"),
            "TX", DemoLead.owner("005-sofia", OwnerKind.USER, "Sofia Garcia"));
    private static final Duration ENGINE_DELAY = Duration.ofSeconds(4);

    private final KafkaConsumer<String, byte[]> consumer;
    private final KafkaProducer<String, Object> producer;
    private final ScheduledExecutorService engine = Executors.newSingleThreadScheduledExecutor();
    private final Map<String, Owner> owners = new ConcurrentHashMap<>();
    private final Map<String, String> states = new ConcurrentHashMap<>();
    private final Thread thread;
    private volatile boolean running = true;

    SimulatedCrm(String bootstrapServers) {
        Properties consumerConfig = new Properties();
        consumerConfig.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        consumerConfig.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumer = new KafkaConsumer<>(consumerConfig, new org.apache.kafka.common.serialization.StringDeserializer(),
                new ByteArrayDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(Topics.Names.LEAD_ASSIGNMENT_REQUESTED,
                        Duration.ofSeconds(30)).stream()
                .map(info -> new TopicPartition(info.topic(), info.partition()))
                .toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        Properties producerConfig = new Properties();
        producerConfig.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        producerConfig.put(ProducerConfig.ACKS_CONFIG, "all");
        producer = new KafkaProducer<>(producerConfig, new StringSerializer(), new EventSerializer());
        thread = new Thread(this::run, "simulated-crm");
        thread.setDaemon(true);
        thread.start();
    }

    /** The CRM learns about a lead when its response is inserted. */
    void knows(DemoLead lead) {
        owners.put(lead.leadId(), lead.owner());
        states.put(lead.leadId(), lead.state());
    }

    private void run() {
        EventDeserializer deserializer = new EventDeserializer();
        try {
            while (running) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    apply((LeadAssignmentRequested) deserializer.deserialize(record.topic(), record.value()));
                }
            }
        } catch (WakeupException stopping) {
            // close() woke the consumer up.
        } finally {
            consumer.close();
        }
    }

    private void apply(LeadAssignmentRequested request) {
        String leadId = request.getLeadId();
        changeOwner(leadId, request.getOwner(), "crm", request.getCorrelationId());
        if (request.getPurpose() == AssignmentPurpose.TEMPORARY_OWNER) {
            Owner accountOwner = TERRITORY_OWNERS.get(states.getOrDefault(leadId, ""));
            if (accountOwner != null) {
                engine.schedule(() -> changeOwner(leadId, accountOwner, "matchmaker", request.getCorrelationId()),
                        ENGINE_DELAY.toMillis(), TimeUnit.MILLISECONDS);
            }
        }
    }

    private void changeOwner(String leadId, Owner to, String changedBy, String correlationId) {
        Owner from = owners.put(leadId, to);
        LeadOwnerChanged change = LeadOwnerChanged.newBuilder()
                .setEventId(UUID.randomUUID().toString())
                .setOccurredAt(Instant.now().truncatedTo(ChronoUnit.MILLIS))
                .setCorrelationId(correlationId)
                .setLeadId(leadId)
                .setPreviousOwner(from)
                .setNewOwner(to)
                .setChangedBy(changedBy)
                .build();
        producer.send(new ProducerRecord<>(Topics.Names.LEAD_OWNER_CHANGED, leadId, change));
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        engine.shutdownNow();
        producer.close(Duration.ofSeconds(5));
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
