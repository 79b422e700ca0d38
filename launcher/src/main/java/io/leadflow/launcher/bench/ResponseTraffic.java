package io.leadflow.launcher.bench;

import io.leadflow.events.ResponseCreated;
import io.leadflow.schemas.EventCodec;
import io.leadflow.schemas.EventSerializer;
import io.leadflow.schemas.Topics;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The upstream marketing system: one plain producer of {@code response.created}, each response a fresh lead's that
 * qualifies and is re-routed. The ledger learns when each was sent.
 */
final class ResponseTraffic implements AutoCloseable {

    private final KafkaProducer<String, Object> producer;
    private final LeadLedger ledger;
    private final AtomicReference<Exception> failure = new AtomicReference<>();

    ResponseTraffic(String bootstrapServers, LeadLedger ledger) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        // Each response leaves when it is sent: a linger would add to the low-load latencies measured.
        config.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        producer = new KafkaProducer<>(config, new StringSerializer(), new EventSerializer());
        this.ledger = ledger;
    }

    /** Sends leads {@code from} to {@code to - 1} as fast as the producer goes, and waits until the broker has them. */
    void burst(int from, int to) {
        for (int number = from; number < to; number++) {
            send(number);
        }
        producer.flush();
        rethrowFailure();
    }

    /** Sends leads {@code from} to {@code to - 1} evenly spaced, {@code perSecond} of them a second. */
    void paced(int from, int to, int perSecond) {
        long start = System.nanoTime();
        long interval = TimeUnit.SECONDS.toNanos(1) / perSecond;
        for (int number = from; number < to; number++) {
            long due = start + (number - from) * interval;
            for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                LockSupport.parkNanos(wait);
            }
            send(number);
        }
        producer.flush();
        rethrowFailure();
    }

    private void send(int number) {
        ResponseCreated response = response(number, Instant.now());
        ledger.sent(number, System.nanoTime());
        producer.send(new ProducerRecord<>(Topics.RESPONSE_CREATED.name(), response.getLeadId(), response),
                (metadata, exception) -> {
                    if (exception != null) {
                        failure.compareAndSet(null, exception);
                    }
                });
    }

    private void rethrowFailure() {
        if (failure.get() != null) {
            throw new IllegalStateException("Could not publish response.created", failure.get());
        }
    }

    /** A response to a webinar: it meets the funnel criteria, so it becomes the lead's active response. */
    static ResponseCreated response(int number, Instant now) {
        return ResponseCreated.newBuilder()
                .setEventId(UUID.randomUUID().toString())
                .setOccurredAt(now.truncatedTo(ChronoUnit.MILLIS))
                .setCorrelationId(UUID.randomUUID().toString())
                .setLeadId(LeadIds.leadId(number))
                .setResponseId(LeadIds.responseId(number))
                .setCampaignId("701-bench-webinar")
                .setCampaignName("Benchmark Webinar")
                .setMemberStatus("Responded")
                .setResponded(true)
                .setLead(BenchLead.snapshot())
                .build();
    }

    /** The size of a serialized {@code response.created} value, which the raw Kafka loop's records copy. */
    static int valueBytes() {
        return EventCodec.encode(response(0, Instant.now())).length;
    }

    /** The size of a record key (a lead id). */
    static int keyBytes() {
        return LeadIds.leadId(0).length();
    }

    @Override
    public void close() {
        producer.close();
    }
}
