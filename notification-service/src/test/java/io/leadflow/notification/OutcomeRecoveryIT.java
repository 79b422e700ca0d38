package io.leadflow.notification;

import static io.leadflow.testsupport.TestEvents.leadAssigned;
import static io.leadflow.testsupport.TestEvents.newLeadId;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.events.LeadAssigned;
import io.leadflow.events.NotificationChannel;
import io.leadflow.events.NotificationFailed;
import io.leadflow.events.NotificationSent;
import io.leadflow.notification.WebhookReceiver.Request;
import io.leadflow.notification.domain.Channel;
import io.leadflow.notification.domain.NotificationState;
import io.leadflow.notification.domain.Outcome;
import io.leadflow.notification.domain.Recipient;
import io.leadflow.notification.domain.RecipientKind;
import io.leadflow.notification.persistence.DueNotificationDocument;
import io.leadflow.notification.persistence.DueNotificationDocument.Claim;
import io.leadflow.notification.persistence.NotificationDocument;
import io.leadflow.platform.events.EventIds;
import io.leadflow.schemas.Topics;
import io.leadflow.testsupport.TestEvents;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An instance died while it held a notification, leaving the notification and its due entry as they were:
 * once its claim runs out, another instance finishes the work, exactly once.
 */
class OutcomeRecoveryIT extends AbstractNotificationIT {

    static final Recipient ALICE = new Recipient("005-alice", RecipientKind.USER, "Alice Archer");
    static final Duration QUIET = Duration.ofMillis(500);
    static final String SUBJECT = "New lead assigned to you: Dana Reyes";

    @Test
    void shouldPublishAStoredDeliveryOnceTheDeadInstancesClaimRunsOut() {
        String leadId = newLeadId();
        String notificationId = EventIds.derived("evt-" + leadId, ALICE.id(), "WEBHOOK");
        Instant now = clock.instant();
        Outcome delivered = new Outcome(EventIds.derived(notificationId, "sent"), Outcome.Kind.SENT, 1,
                now.minusSeconds(3), null, false, null);
        mongo.insert(notification(notificationId, leadId, NotificationState.SENT, 1, delivered));
        mongo.insert(claimedByADeadInstance(notificationId, leadId, now.plusSeconds(30)));

        probe.assertStaysAt(Topics.NOTIFICATION_SENT, leadId, 0, QUIET);
        clock.advance(Duration.ofSeconds(30));

        assertThat(probe.awaitEvents(Topics.NOTIFICATION_SENT, leadId, 1)).containsExactly(
                NotificationSent.newBuilder()
                        .setEventId(delivered.eventId()).setOccurredAt(delivered.occurredAt())
                        .setCorrelationId("corr-" + leadId).setLeadId(leadId).setNotificationId(notificationId)
                        .setChannel(NotificationChannel.WEBHOOK).setRecipient(TestEvents.ALICE)
                        .setDestination(DEFAULT_URL).setSubject(SUBJECT)
                        .setTriggerEventId("evt-" + leadId).setAttempts(1)
                        .build());
        awaitNothingDue(notificationId);
        NotificationDocument published = document(notificationId);
        assertThat(published.state()).isEqualTo(NotificationState.SENT);
        assertThat(published.attempts()).isEqualTo(1);
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
        mongo.insert(notification(notificationId, leadId, NotificationState.PENDING, 1, failed));
        mongo.insert(claimedByADeadInstance(notificationId, leadId, now));

        NotificationFailed republished = probe.awaitEvent(Topics.NOTIFICATION_FAILED, leadId);
        assertThat(republished.getEventId()).isEqualTo(failed.eventId());
        assertThat(republished.getOccurredAt()).isEqualTo(failed.occurredAt());
        assertThat(republished.getWillRetry()).isTrue();
        assertThat(webhook.awaitRequests(leadId, 1).get(0).header("Idempotency-Key")).isEqualTo(notificationId);
        NotificationSent sent = probe.awaitEvent(Topics.NOTIFICATION_SENT, leadId);
        assertThat(sent.getAttempts()).isEqualTo(2);
        assertThat(sent.getOccurredAt()).isEqualTo(now);
        assertThat(document(notificationId).state()).isEqualTo(NotificationState.SENT);
        awaitNothingDue(notificationId);
        assertThat(probe.events(Topics.NOTIFICATION_FAILED, leadId)).hasSize(1);
    }

    @Test
    void shouldDeliverANotificationTheDeadInstanceStoredButNeverAttempted() {
        String leadId = newLeadId();
        String notificationId = EventIds.derived("evt-" + leadId, ALICE.id(), "WEBHOOK");
        Instant now = clock.instant();
        mongo.insert(notification(notificationId, leadId, NotificationState.PENDING, 0, null));
        mongo.insert(claimedByADeadInstance(notificationId, leadId, now.plusSeconds(30)));

        webhook.assertStaysAt(leadId, 0, QUIET);
        clock.advance(Duration.ofSeconds(30));

        Request request = webhook.awaitRequests(leadId, 1).get(0);
        assertThat(request.header("Idempotency-Key")).isEqualTo(notificationId);
        assertThat(request.body()).isEqualTo(payload(notificationId, leadId));
        NotificationSent sent = probe.awaitEvent(Topics.NOTIFICATION_SENT, leadId);
        assertThat(sent.getAttempts()).isEqualTo(1);
        assertThat(sent.getOccurredAt()).isEqualTo(now.plusSeconds(30));
        awaitNothingDue(notificationId);
        probe.assertStaysAt(Topics.NOTIFICATION_SENT, leadId, 1, QUIET);
        assertThat(webhook.requests(leadId)).hasSize(1);
    }

    @Test
    void shouldDeliverOnceWhenTheLeadAssignedComesAgainAfterACrashLostTheDueEntry() {
        String leadId = newLeadId();
        LeadAssigned assigned = leadAssigned(leadId, "00v-1", TestEvents.ALICE).build();
        String notificationId = notificationId(assigned);
        // The dead instance stored the notification, then died before it registered the due entry, so
        // the lead.assigned was not committed and comes again.
        mongo.insert(notification(notificationId, leadId, NotificationState.PENDING, 0, null));

        upstream.publish(Topics.LEAD_ASSIGNED, assigned);

        List<Request> requests = webhook.awaitRequests(leadId, 1);
        assertThat(requests.get(0).header("Idempotency-Key")).isEqualTo(notificationId);
        assertThat(requests.get(0).body()).isEqualTo(payload(notificationId, leadId));
        assertThat(probe.awaitEvent(Topics.NOTIFICATION_SENT, leadId).getNotificationId()).isEqualTo(notificationId);
        awaitNothingDue(notificationId);
        assertThat(document(notificationId).state()).isEqualTo(NotificationState.SENT);
        probe.assertStaysAt(Topics.NOTIFICATION_SENT, leadId, 1, QUIET);
        assertThat(webhook.requests(leadId)).hasSize(1);
    }

    /** The notification as a dead instance left it, its last attempt's outcome stored (or none yet). */
    NotificationDocument notification(String notificationId, String leadId, NotificationState state, int attempts,
            Outcome last) {
        Instant createdAt = clock.instant().minusSeconds(120);
        Instant nextAttemptAt = last == null ? createdAt : last.nextAttemptAt();
        return new NotificationDocument(notificationId, leadId, "corr-" + leadId, Topics.Names.LEAD_ASSIGNED,
                "evt-" + leadId, ALICE, Channel.WEBHOOK, DEFAULT_URL, SUBJECT, payload(notificationId, leadId), state,
                attempts, createdAt, nextAttemptAt,
                last != null && last.kind() == Outcome.Kind.SENT ? last.occurredAt() : null,
                last == null ? null : last.reason(), last, null);
    }

    /** Its due entry, claimed by the dead instance until {@code claimEnds}, no outcome confirmed published. */
    DueNotificationDocument claimedByADeadInstance(String notificationId, String leadId, Instant claimEnds) {
        Instant createdAt = clock.instant().minusSeconds(120);
        return new DueNotificationDocument(notificationId, leadId, createdAt, claimEnds, 0,
                List.of(new Claim("a-dead-instance", claimEnds.minusSeconds(60), claimEnds)));
    }

    static String payload(String notificationId, String leadId) {
        return "{\"notificationId\":\"" + notificationId + "\",\"leadId\":\"" + leadId + "\"}";
    }
}
