package io.leadflow.notification.messaging;

import io.leadflow.events.NotificationFailed;
import io.leadflow.events.NotificationSent;
import io.leadflow.notification.domain.Envelope;
import io.leadflow.notification.domain.Outcome;
import io.leadflow.notification.domain.OutcomePublisher;
import io.leadflow.platform.kafka.EventPublisher;
import io.leadflow.schemas.Topics;
import org.springframework.stereotype.Component;

/** Reports attempts on notification.sent and notification.failed, keyed by lead id. */
@Component
class KafkaOutcomePublisher implements OutcomePublisher {

    private final EventPublisher events;

    KafkaOutcomePublisher(EventPublisher events) {
        this.events = events;
    }

    @Override
    public void publish(Envelope envelope, Outcome outcome) {
        if (outcome.kind() == Outcome.Kind.SENT) {
            events.publish(Topics.NOTIFICATION_SENT, sent(envelope, outcome));
        } else {
            events.publish(Topics.NOTIFICATION_FAILED, failed(envelope, outcome));
        }
    }

    private static NotificationSent sent(Envelope envelope, Outcome outcome) {
        return NotificationSent.newBuilder()
                .setEventId(outcome.eventId())
                .setOccurredAt(outcome.occurredAt())
                .setCorrelationId(envelope.correlationId())
                .setLeadId(envelope.leadId())
                .setNotificationId(envelope.notificationId())
                .setChannel(EventMapping.toEventChannel(envelope.channel()))
                .setRecipient(EventMapping.toOwner(envelope.recipient()))
                .setDestination(envelope.destination())
                .setSubject(envelope.subject())
                .setTriggerEventId(envelope.triggerEventId())
                .setAttempts(outcome.attempt())
                .build();
    }

    private static NotificationFailed failed(Envelope envelope, Outcome outcome) {
        return NotificationFailed.newBuilder()
                .setEventId(outcome.eventId())
                .setOccurredAt(outcome.occurredAt())
                .setCorrelationId(envelope.correlationId())
                .setLeadId(envelope.leadId())
                .setNotificationId(envelope.notificationId())
                .setChannel(EventMapping.toEventChannel(envelope.channel()))
                .setRecipient(EventMapping.toOwner(envelope.recipient()))
                .setDestination(envelope.destination())
                .setTriggerEventId(envelope.triggerEventId())
                .setAttempts(outcome.attempt())
                .setReason(outcome.reason())
                .setWillRetry(outcome.willRetry())
                .build();
    }
}
