package io.leadflow.platform.kafka;

import io.leadflow.platform.events.InvalidEventException;
import io.leadflow.schemas.EventDeserializer;
import io.leadflow.schemas.EventSerializer;
import io.leadflow.schemas.Topic;
import io.leadflow.schemas.Topics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaConsumerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.util.backoff.FixedBackOff;

/**
 * The Kafka conventions of every leadflow service: lead-id keys, Avro single-object values, confirmed
 * idempotent sends, every catalog topic and its dead-letter topic declared, and one error handler that
 * waits out outages and dead-letters what cannot be processed. Every dead letter is counted in
 * {@value #DEAD_LETTERED_METRIC} (tag {@code topic}: the source topic; the reason stays on the record, not in a
 * tag, to keep the series few); events handled are counted by {@link IncomingBatch}. Spring Kafka's own listener
 * and template timers and Kafka's client metrics (consumer lag among them) reach the same registry by themselves.
 */
@AutoConfiguration(before = KafkaAutoConfiguration.class)
@EnableConfigurationProperties(LeadflowKafkaProperties.class)
public class LeadflowKafkaAutoConfiguration {

    /** Header on dead-letter records: why the record could not be processed, in one sentence. */
    public static final String DEAD_LETTER_REASON_HEADER = "leadflow-dlt-reason";

    /** Records published to a dead-letter topic, per source topic. */
    public static final String DEAD_LETTERED_METRIC = "leadflow.events.dead_lettered";

    private static final Logger log = LoggerFactory.getLogger(LeadflowKafkaAutoConfiguration.class);

    @Bean
    DefaultKafkaConsumerFactoryCustomizer leadflowConsumerFactoryCustomizer() {
        return factory -> {
            factory.updateConfigs(Map.of(
                    ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                    ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ErrorHandlingDeserializer.class,
                    ErrorHandlingDeserializer.VALUE_DESERIALIZER_CLASS, EventDeserializer.class,
                    // A new consumer group starts from the beginning: events published before it existed count.
                    ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"));
            FAILOVER_DEFAULTS.forEach((name, value) -> {
                if (!factory.getConfigurationProperties().containsKey(name)) {
                    factory.updateConfigs(Map.of(name, value));
                }
            });
        };
    }

    /**
     * A crashed instance keeps its partitions until its session times out, and their leads wait that long: Kafka's
     * default of 45 s made a kill -9 stall a quarter of the traffic for most of a minute (the fault suite's scenario
     * 1). 10 s with a heartbeat every 3 s, from the heartbeat thread, which long batches do not hold up. Set through
     * {@code spring.kafka.consumer.properties}, a service's own values win.
     */
    static final Map<String, Object> FAILOVER_DEFAULTS = Map.of(
            ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, 10_000,
            ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, 3_000);

    @Bean
    DefaultKafkaProducerFactoryCustomizer leadflowProducerFactoryCustomizer() {
        return factory -> {
            factory.updateConfigs(Map.of(
                    ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                    ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, EventSerializer.class,
                    ProducerConfig.ACKS_CONFIG, "all",
                    ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                    // Handlers wait for each send to be confirmed, so waiting for more records to batch (Kafka
                    // 4 lingers 5 ms by default) only adds to every decision; concurrent sends still batch.
                    ProducerConfig.LINGER_MS_CONFIG, 0));
        };
    }

    @Bean
    KafkaAdmin.NewTopics leadflowTopics(LeadflowKafkaProperties properties) {
        return new KafkaAdmin.NewTopics(Topics.ALL.stream()
                .flatMap(topic -> Stream.of(
                        declare(topic.name(), topic, properties),
                        declare(topic.deadLetterTopic(), topic, properties)))
                .toArray(NewTopic[]::new));
    }

    private static NewTopic declare(String name, Topic<?> topic, LeadflowKafkaProperties properties) {
        return TopicBuilder.name(name)
                .partitions(properties.partitions() == null ? topic.partitions() : properties.partitions())
                .replicas(properties.replicationFactor())
                .build();
    }

    @Bean
    @ConditionalOnMissingBean(CommonErrorHandler.class)
    DefaultErrorHandler leadflowErrorHandler(KafkaTemplate<Object, Object> template, LeadflowKafkaProperties properties,
            MeterRegistry meters) {
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(template,
                // Same partition as the source: dead-letter topics have the source topic's partition count.
                (record, failure) -> new TopicPartition(record.topic() + Topic.DEAD_LETTER_SUFFIX, record.partition()));
        recoverer.setHeadersFunction((record, failure) -> {
            String reason = FailureClassifier.reason(failure);
            log.warn("Dead-lettering {}-{}@{} (key {}): {}",
                    record.topic(), record.partition(), record.offset(), record.key(), reason);
            return new RecordHeaders(new RecordHeader[] {
                    new RecordHeader(DEAD_LETTER_REASON_HEADER, reason.getBytes(StandardCharsets.UTF_8))});
        });

        ExponentialBackOff waitOutOutage = new ExponentialBackOff(200, 2.0);
        waitOutOutage.setMaxInterval(properties.maxRetryInterval().toMillis());
        FixedBackOff fewAttempts = new FixedBackOff(500, properties.failedAttempts() - 1L);

        DefaultErrorHandler handler = new DefaultErrorHandler((record, failure) -> {
            recoverer.accept(record, failure);
            // Counted once the dead letter is confirmed: a failed publish is retried, not counted twice.
            Counter.builder(DEAD_LETTERED_METRIC)
                    .description("Records published to a dead-letter topic, by source topic")
                    .tag("topic", record.topic())
                    .register(meters)
                    .increment();
        }, fewAttempts);
        handler.setBackOffFunction((record, failure) ->
                FailureClassifier.isTransient(failure) ? waitOutOutage : fewAttempts);
        handler.addNotRetryableExceptions(InvalidEventException.class);
        return handler;
    }

    @Bean
    @ConditionalOnMissingBean
    IncomingBatch incomingBatch(MeterRegistry meters) {
        return new IncomingBatch(meters);
    }

    @Bean
    @ConditionalOnMissingBean
    EventPublisher eventPublisher(KafkaTemplate<String, Object> template, LeadflowKafkaProperties properties) {
        return new EventPublisher(template, properties.publishTimeout());
    }

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
