package io.leadflow.notification.scheduling;

import io.leadflow.notification.domain.NotificationService;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Works off due retries, and outcomes a crash left unpublished, every {@code retry.poll-interval}. Each
 * notification is claimed atomically, so every instance of the service can run this.
 */
@Component
class DueNotificationPoller {

    private final NotificationService notifications;

    DueNotificationPoller(NotificationService notifications) {
        this.notifications = notifications;
    }

    @Scheduled(fixedDelayString = "${leadflow.notification.retry.poll-interval}")
    void poll() {
        notifications.processDue();
    }
}
