package io.leadflow.notification;

import static io.leadflow.testsupport.TestEvents.newLeadId;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.events.NotificationChannel;
import io.leadflow.events.NotificationFailed;
import io.leadflow.events.NotificationSent;
import io.leadflow.notification.domain.Channel;
import io.leadflow.notification.domain.NotificationState;
import io.leadflow.notification.domain.Outcome;
import io.leadflow.notification.domain.Recipient;
import io.leadflow.notification.domain.RecipientKind;
import io.leadflow.notification.persistence.NotificationDocument;
import io.leadflow.platform.events.EventIds;
import io.leadflow.schemas.Topics;
import io.leadflow.testsupport.TestEvents;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** An instance died between storing an attempt's outcome and publishing it: another one publishes it. */
class OutcomeRecoveryIT extends AbstractNotificationIT {

    static final Recipient ALICE = new Recipient("005-alice", RecipientKind.USER, "Alice Archer");
    static final Duration QUIET = Duration.ofMillis(500);

    @Test
    void shouldPublishAStoredDeliveryOnceTheDeadInstancesClaimRunsOut() {
        String leadId = newLeadId();
        String notificationId = EventIds.derived("evt-" + leadId, ALICE.id(), "WEBHOOK");
        Instant now = clock.instant();
        Outcome delivered = new Outcome(EventIds.derived(notificationId, "sent"), Outcome.Kind.SENT, 1,
                now.minusSeconds(3), null, false, null);
        mongo.insert(crashedAfter(delivered, notificationId, leadId, NotificationState.SENT, now.plusSeconds(30)));

        probe.assertStaysAt(Topics.NOTIFICATION_SENT, leadId, 0, QUIET);
        clock.advance(Duration.ofSeconds(30));

        assertThat(probe.awaitEvents(Topics.NOTIFICATION_SENT, leadId, 1)).containsExactly(
                NotificationSent.newBuilder()
                        .setEventId(delivered.eventId()).setOccurredAt(delivered.occurredAt())
                        .setCorrelationId("corr-" + leadId).setLeadId(leadId).setNotificationId(notificationId)
                        .setChannel(NotificationChannel.WEBHOOK).setRecipient(TestEvents.ALICE)
                        .setDestination(DEFAULT_URL).setSubject("New lead assigned to you: Dana Reyes")
                        .setTriggerEventId("evt-" + leadId).setAttempts(1)
                        .build());
        NotificationDocument published = document(notificationId);
        assertThat(published.outcomePublished()).isTrue();
        assertThat(published.dueAt()).isNull();
        assertThat(published.claimToken()).isNull();
        assertThat(published.state()).isEqualTo(NotificationState.SENT);
        probe.assertStaysAt(Topics.NOTIFICATION_SENT, leadId, 1, QUIET);
        assertThat(webhook.requests(leadId)).isEmpty();
    }

    @Test
    void shouldPublishAStoredFailureAndThenMakeTheRetryItScheduled() {
        String leadId = newLeadId();
        String notificationId = EventIds.derived("evt-" + leadId, ALICE.id(), "WEBHOOK");
        Instant now = clock.instant();
        Outcome failed = new Outcome(EventIds.derived(notificationId, "failed", "1"), Outcome.Kind.FAILED, 1,
                now.minusSeconds(61), "HTTP 503 from " + DEFAULT_URL, true, now.minusSeconds(59));
        mongo.insert(crashedAfter(failed, notificationId, leadId, NotificationState.PENDING, now));

        NotificationFailed republished = probe.awaitEvent(Topics.NOTIFICATION_FAILED, leadId);
        assertThat(republished.getEventId()).isEqualTo(failed.eventId());
        assertThat(republished.getOccurredAt()).isEqualTo(failed.occurredAt());
        assertThat(republished.getWillRetry()).isTrue();
        assertThat(webhook.awaitRequests(leadId, 1).get(0).header("Idempotency-Key")).isEqualTo(notificationId);
        NotificationSent sent = probe.awaitEvent(Topics.NOTIFICATION_SENT, leadId);
        assertThat(sent.getAttempts()).isEqualTo(2);
        assertThat(sent.getOccurredAt()).isEqualTo(now);
        assertThat(document(notificationId).state()).isEqualTo(NotificationState.SENT);
    }

    /** The document as a dead instance left it: outcome stored, not published, claimed until {@code claimEnds}. */
    NotificationDocument crashedAfter(Outcome outcome, String notificationId, String leadId, NotificationState state,
            Instant claimEnds) {
        Instant createdAt = clock.instant().minusSeconds(120);
        String payload = "{\"notificationId\":\"" + notificationId + "\",\"leadId\":\"" + leadId + "\"}";
        return new NotificationDocument(notificationId, leadId, "corr-" + leadId, Topics.Names.LEAD_ASSIGNED, "evt-" + leadId,
                ALICE, Channel.WEBHOOK, DEFAULT_URL, "New lead assigned to you: Dana Reyes", payload, state,
                outcome.attempt(), createdAt, outcome.nextAttemptAt(),
                outcome.kind() == Outcome.Kind.SENT ? outcome.occurredAt() : null, outcome.reason(), claimEnds,
                "token-of-a-dead-instance", outcome, false);
    }
}
