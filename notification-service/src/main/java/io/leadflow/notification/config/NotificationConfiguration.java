package io.leadflow.notification.config;

import io.leadflow.notification.domain.DeliveryChannel;
import io.leadflow.notification.domain.DeliveryDispatcher;
import io.leadflow.notification.domain.DueNotifications;
import io.leadflow.notification.domain.NotificationService;
import io.leadflow.notification.domain.NotificationStore;
import io.leadflow.notification.domain.OutcomePublisher;
import io.leadflow.notification.domain.RecipientDirectory;
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

    /** Who is told on which channels, and where, from {@code leadflow.notification.recipients}. */
    @Bean
    RecipientDirectory recipientDirectory(NotificationProperties properties) {
        return properties.recipientDirectory();
    }

    /** Closed with the context: attempts still in flight are then recovered once their claims run out. */
    @Bean
    DeliveryDispatcher deliveryDispatcher(NotificationStore store, DueNotifications dues,
            List<DeliveryChannel> channels, OutcomePublisher publisher, RetryPolicy retryPolicy, Clock clock,
            NotificationProperties properties) {
        DeliveryDispatcher.Limits limits = new DeliveryDispatcher.Limits(properties.delivery().maxConcurrent(),
                properties.delivery().maxWaiting(), properties.retry().claimLease(), properties.attemptTime());
        return new DeliveryDispatcher(store, dues, channels, publisher, retryPolicy, clock, limits);
    }

    @Bean
    NotificationService notificationService(NotificationStore store, List<DeliveryChannel> channels,
            RecipientDirectory recipients, DeliveryDispatcher dispatcher, Clock clock) {
        return new NotificationService(store, channels, recipients, dispatcher, clock);
    }
}
