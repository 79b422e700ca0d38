package io.leadflow.notification.messaging;

import io.leadflow.events.LeadAssigned;
import io.leadflow.notification.domain.NotificationService;
import io.leadflow.schemas.Topics;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Thin: decodes, maps to the domain, delegates. A webhook that is down never fails this listener. */
@Component
class LeadAssignedListener {

    private final NotificationService notifications;

    LeadAssignedListener(NotificationService notifications) {
        this.notifications = notifications;
    }

    @KafkaListener(topics = Topics.Names.LEAD_ASSIGNED)
    void on(LeadAssigned event) {
        notifications.onLeadAssigned(EventMapping.toDomain(event));
    }
}
