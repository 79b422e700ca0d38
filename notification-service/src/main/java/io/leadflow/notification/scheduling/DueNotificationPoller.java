package io.leadflow.notification.scheduling;

import io.leadflow.notification.domain.DeliveryDispatcher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every {@code retry.poll-interval}, has the dispatcher look for due work it was not handed in memory:
 * retries whose time has come, outcomes and notifications a crashed instance left behind, and new
 * notifications that did not fit in memory. Claims are exact, so every instance of the service runs this.
 */
@Component
class DueNotificationPoller {

    private final DeliveryDispatcher dispatcher;

    DueNotificationPoller(DeliveryDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Scheduled(fixedDelayString = "${leadflow.notification.retry.poll-interval}")
    void poll() {
        dispatcher.requestPoll();
    }
}
