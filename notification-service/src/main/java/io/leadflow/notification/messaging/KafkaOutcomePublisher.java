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
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Reports attempts on notification.sent and notification.failed, keyed by lead id, one batch per group, and counts
 * them once confirmed in {@value #NOTIFICATIONS_METRIC} (tags {@code channel}, {@code outcome}: {@code sent},
 * {@code failed} when given up, {@code retrying} when another attempt follows; {@code suppressed} is counted where
 * suppressed notifications are stored). An outcome published again after a crash counts again.
 */
@Component
class KafkaOutcomePublisher implements OutcomePublisher {

    static final String NOTIFICATIONS_METRIC = "leadflow.notifications";

    private final EventPublisher events;
    private final MeterRegistry meters;

    KafkaOutcomePublisher(EventPublisher events, MeterRegistry meters) {
        this.events = events;
        this.meters = meters;
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
        outcomes.forEach(this::count);
    }

    private void count(RecordedOutcome recorded) {
        Outcome outcome = recorded.outcome();
        String counted = outcome.kind() == Outcome.Kind.SENT ? "sent" : outcome.willRetry() ? "retrying" : "failed";
        Counter.builder(NOTIFICATIONS_METRIC)
                .description("Notifications by channel and outcome (every attempt's outcome, and suppressed ones)")
                .tag("channel", recorded.envelope().channel().name())
                .tag("outcome", counted)
                .register(meters)
                .increment();
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
