package io.leadflow.notification.messaging;

import io.leadflow.events.LeadExpired;
import io.leadflow.notification.domain.NotificationService;
import io.leadflow.platform.kafka.IncomingBatch;
import io.leadflow.schemas.Topics;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Thin: takes what one poll returned, maps each record to the domain at the edge and hands the batch over.
 * It returns once the notifications are stored, not once they are delivered, so a slow or dead webhook never
 * holds up the partition; an undecodable record or one without an owner is dead-lettered by the platform.
 */
@Component
class LeadExpiredListener {

    private final NotificationService notifications;
    private final IncomingBatch incoming;

    LeadExpiredListener(NotificationService notifications, IncomingBatch incoming) {
        this.notifications = notifications;
        this.incoming = incoming;
    }

    @KafkaListener(topics = Topics.Names.LEAD_EXPIRED, batch = "true")
    void on(List<ConsumerRecord<String, LeadExpired>> records) {
        incoming.handle(records, EventMapping::toDomain, notifications::tell);
    }
}
