package io.leadflow.dashboard.config;

import io.leadflow.dashboard.domain.Dashboard;
import io.leadflow.dashboard.domain.DashboardLimits;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.http.HttpClient;
import java.time.Clock;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.FixedBackOff;

@Configuration(proxyBeanMethods = false)
class DashboardConfiguration {

    /** Records the dashboard could not read, per topic: it skips them (see {@link #skipUnreadable}). */
    static final String UNREADABLE_METRIC = "leadflow.dashboard.unreadable";

    private static final Logger log = LoggerFactory.getLogger(DashboardConfiguration.class);

    @Bean
    Dashboard dashboard(Clock clock, DashboardProperties properties) {
        return new Dashboard(clock, properties.zone(), new DashboardLimits(properties.liveAssignments(),
                properties.explainedAssignments(), properties.journeyLeads(), properties.journeyEventsPerLead(),
                properties.rememberedEventIds()));
    }

    @Bean
    DashboardTopics dashboardTopics() {
        return new DashboardTopics();
    }

    /**
     * Replaces the platform's dead-lettering handler: a record the dashboard cannot read is logged, counted and
     * skipped. The dashboard only watches; the service that owns the topic dead-letters it, and every dashboard
     * instance publishing its own copy would double the dead letters operators replay. Nothing here is transient
     * (no store), so there is nothing to retry.
     */
    @Bean
    CommonErrorHandler skipUnreadable(MeterRegistry meters) {
        return new DefaultErrorHandler((record, failure) -> {
            log.warn("Skipping {}-{}@{} (key {}), which the dashboard cannot read: {}", record.topic(),
                    record.partition(), record.offset(), record.key(), failure.getMessage());
            Counter.builder(UNREADABLE_METRIC).description("Records the dashboard could not read and skipped")
                    .tag("topic", record.topic()).register(meters).increment();
        }, new FixedBackOff(0, 0));
    }

    /** Dead letters are raw copies of records someone could not read: taken as bytes, never decoded. */
    @Bean
    ConcurrentKafkaListenerContainerFactory<String, byte[]> deadLetterListenerFactory(KafkaProperties kafka,
            CommonErrorHandler errors) {
        Map<String, Object> config = kafka.buildConsumerProperties();
        config.put(ConsumerConfig.GROUP_ID_CONFIG, config.get(ConsumerConfig.GROUP_ID_CONFIG) + "-dead-letters");
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        ConcurrentKafkaListenerContainerFactory<String, byte[]> factory =
                new ConcurrentKafkaListenerContainerFactory<>();
        factory.setConsumerFactory(
                new DefaultKafkaConsumerFactory<>(config, new StringDeserializer(), new ByteArrayDeserializer()));
        factory.setBatchListener(true);
        factory.setCommonErrorHandler(errors);
        return factory;
    }

    @Bean
    HttpClient assignmentServiceHttp(DashboardProperties properties) {
        return HttpClient.newBuilder().connectTimeout(properties.assignmentServiceTimeout()).build();
    }
}
