package io.leadflow.notification.messaging;

import io.leadflow.events.NotificationFailed;
import io.leadflow.events.NotificationSent;
import io.leadflow.notification.domain.Envelope;
import io.leadflow.notification.domain.Outcome;
import io.leadflow.notification.domain.OutcomePublisher;
import io.leadflow.notification.domain.RecordedOutcome;
import io.leadflow.platform.kafka.EventPublisher;
import io.leadflow.platform.kafka.PublicationBatch;
import io.leadflow.schemas.Topics;
import java.util.List;
import org.springframework.stereotype.Component;

/** Reports attempts on notification.sent and notification.failed, keyed by lead id, one batch per group. */
@Component
class KafkaOutcomePublisher implements OutcomePublisher {

    private final EventPublisher events;

    KafkaOutcomePublisher(EventPublisher events) {
        this.events = events;
    }

    @Override
    public void publishAll(List<RecordedOutcome> outcomes) {
        PublicationBatch batch = events.batch();
        for (RecordedOutcome recorded : outcomes) {
            Outcome outcome = recorded.outcome();
            if (outcome.kind() == Outcome.Kind.SENT) {
                batch.add(Topics.NOTIFICATION_SENT, sent(recorded.envelope(), outcome));
            } else {
                batch.add(Topics.NOTIFICATION_FAILED, failed(recorded.envelope(), outcome));
            }
        }
        batch.awaitConfirmed();
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
