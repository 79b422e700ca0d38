package io.leadflow.notification.config;

import io.leadflow.notification.domain.DeliveryChannel;
import io.leadflow.notification.domain.NotificationService;
import io.leadflow.notification.domain.NotificationStore;
import io.leadflow.notification.domain.OutcomePublisher;
import io.leadflow.notification.domain.RetryPolicy;
import java.time.Clock;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Wires the framework-free domain to its adapters and to the validated settings. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class NotificationConfiguration {

    @Bean
    RetryPolicy retryPolicy(NotificationProperties properties) {
        NotificationProperties.Retry retry = properties.retry();
        return new RetryPolicy(retry.initialBackoff(), retry.multiplier(), retry.maxBackoff(), retry.maxAttempts());
    }

    @Bean
    NotificationService notificationService(NotificationStore store, List<DeliveryChannel> channels,
            OutcomePublisher publisher, RetryPolicy retryPolicy, Clock clock, NotificationProperties properties) {
        return new NotificationService(store, channels, publisher, retryPolicy, clock, properties.retry().claimLease());
    }
}
