package io.leadflow.launcher.faults;

import io.leadflow.events.LeadAttributes;
import io.leadflow.events.LeadOwnerChanged;
import io.leadflow.events.LeadScoreChanged;
import io.leadflow.events.LeadSnapshot;
import io.leadflow.events.LeadStatusChanged;
import io.leadflow.events.Owner;
import io.leadflow.events.OwnerKind;
import io.leadflow.events.ResponseCreated;
import io.leadflow.schemas.EventCodec;
import io.leadflow.schemas.Topics;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The upstream systems of a scenario (marketing automation, CRM, scoring) as one plain producer: responses of the
 * suite's leads, upstream facts about them, and raw bytes (poison). The run learns what was sent, so the
 * invariants know what to expect.
 */
final class Upstream implements AutoCloseable {

    static final Owner INBOUND_QUEUE = Owner.newBuilder()
            .setId("00G-inbound").setKind(OwnerKind.QUEUE).setName("Inbound Leads Queue").build();
    private static final String CAMPAIGN = "701-fault-webinar";

    private final KafkaProducer<String, byte[]> producer;
    private final AtomicReference<Exception> failure = new AtomicReference<>();

    Upstream(String bootstrapServers) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        // A broker outage mid-burst must delay the burst, not lose part of it.
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 300_000);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 300_000);
        producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
    }

    /** The response of lead {@code number}, as its kind needs it. */
    static ResponseCreated response(int number, LeadKind kind) {
        return ResponseCreated.newBuilder()
                .setEventId(UUID.randomUUID().toString())
                .setOccurredAt(Instant.now().truncatedTo(ChronoUnit.MILLIS))
                .setCorrelationId(UUID.randomUUID().toString())
                .setLeadId(FaultLeads.leadId(number))
                .setResponseId(FaultLeads.responseId(number))
                .setCampaignId(switch (kind) {
                    case ENGINE_WAIT -> "701-fault-engine";
                    case OFFER -> "701-fault-offer";
                    default -> CAMPAIGN;
                })
                .setCampaignName("Fault Suite Webinar")
                .setMemberStatus("Responded")
                .setResponded(true)
                .setLead(snapshot(kind))
                .build();
    }

    /** Over the funnel's score threshold (50) with status Open, owned by a queue routing re-routes; or below it. */
    private static LeadSnapshot snapshot(LeadKind kind) {
        return LeadSnapshot.newBuilder()
                .setOwner(INBOUND_QUEUE)
                .setScore(kind == LeadKind.NOT_QUALIFYING ? 20 : 85)
                .setStatus("Open")
                .setAttributes(LeadAttributes.newBuilder()
                        .setFirstName("Fay").setLastName("Ult").setEmail("fay.ult@acme.example")
                        .setTitle("Head of Reliability").setCompany("Acme Corp")
                        .setCompanySize(kind == LeadKind.WEIGHTED ? 1200 : 50)
                        .setCountry("US").setIndustry("Software")
                        .build())
                .build();
    }

    void send(int number, LeadKind kind) {
        ResponseCreated response = response(number, kind);
        send(Topics.RESPONSE_CREATED.name(), response.getLeadId(), response);
    }

    /** An event as it is, the same record again when sent twice (a redelivering upstream). */
    void send(String topic, String key, SpecificRecord event) {
        sendBytes(topic, key, EventCodec.encode(event));
    }

    void sendBytes(String topic, String key, byte[] value) {
        producer.send(new ProducerRecord<>(topic, key, value), (metadata, exception) -> {
            if (exception != null) {
                failure.compareAndSet(null, exception);
            }
        });
    }

    static LeadOwnerChanged ownerChange(int number, Owner from, Owner to, Instant at) {
        return LeadOwnerChanged.newBuilder()
                .setEventId(UUID.randomUUID().toString()).setOccurredAt(at.truncatedTo(ChronoUnit.MILLIS))
                .setCorrelationId(UUID.randomUUID().toString()).setLeadId(FaultLeads.leadId(number))
                .setPreviousOwner(from).setNewOwner(to).setChangedBy("crm-sync").build();
    }

    static LeadScoreChanged scoreChange(int number, int from, int to) {
        return LeadScoreChanged.newBuilder()
                .setEventId(UUID.randomUUID().toString()).setOccurredAt(Instant.now().truncatedTo(ChronoUnit.MILLIS))
                .setCorrelationId(UUID.randomUUID().toString()).setLeadId(FaultLeads.leadId(number))
                .setPreviousScore(from).setScore(to).build();
    }

    static LeadStatusChanged statusChange(int number, String from, String to) {
        return LeadStatusChanged.newBuilder()
                .setEventId(UUID.randomUUID().toString()).setOccurredAt(Instant.now().truncatedTo(ChronoUnit.MILLIS))
                .setCorrelationId(UUID.randomUUID().toString()).setLeadId(FaultLeads.leadId(number))
                .setPreviousStatus(from).setStatus(to).build();
    }

    /** Waits until the broker has everything sent so far; fails the scenario when something could not be sent. */
    void flush() {
        producer.flush();
        if (failure.get() != null) {
            throw new IllegalStateException("Could not publish upstream facts", failure.get());
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
