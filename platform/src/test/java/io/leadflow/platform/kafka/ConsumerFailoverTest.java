package io.leadflow.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;

class ConsumerFailoverTest {

    private final LeadflowKafkaAutoConfiguration configuration = new LeadflowKafkaAutoConfiguration();

    @Test
    void shouldNoticeACrashedInstanceWithinTenSeconds() {
        DefaultKafkaConsumerFactory<Object, Object> factory = new DefaultKafkaConsumerFactory<>(Map.of());

        configuration.leadflowConsumerFactoryCustomizer().customize(factory);

        assertThat(factory.getConfigurationProperties())
                .containsEntry(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, 10_000)
                .containsEntry(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, 3_000);
    }

    @Test
    void shouldKeepTheSessionTimeoutAServiceSets() {
        DefaultKafkaConsumerFactory<Object, Object> factory = new DefaultKafkaConsumerFactory<>(
                Map.of(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, 30_000));

        configuration.leadflowConsumerFactoryCustomizer().customize(factory);

        assertThat(factory.getConfigurationProperties())
                .containsEntry(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, 30_000)
                .containsEntry(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, 3_000);
    }
}
