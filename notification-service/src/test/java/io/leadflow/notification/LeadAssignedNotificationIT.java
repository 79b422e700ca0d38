package io.leadflow.notification;

import static io.leadflow.testsupport.TestEvents.ALICE;
import static io.leadflow.testsupport.TestEvents.leadAssigned;
import static io.leadflow.testsupport.TestEvents.newLeadId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import io.leadflow.events.AssignmentMethod;
import io.leadflow.events.LeadAssigned;
import io.leadflow.events.NotificationChannel;
import io.leadflow.events.NotificationFailed;
import io.leadflow.events.NotificationSent;
import io.leadflow.events.Owner;
import io.leadflow.notification.WebhookReceiver.Request;
import io.leadflow.notification.domain.NotificationState;
import io.leadflow.notification.persistence.NotificationDocument;
import io.leadflow.platform.events.EventIds;
import io.leadflow.schemas.Topics;
import io.leadflow.testsupport.TopicProbe.DeadLetter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class LeadAssignedNotificationIT extends AbstractNotificationIT {

    static final Duration QUIET = Duration.ofMillis(500);
    static final String DANA_SUBJECT = "New lead assigned to you: Dana Reyes (Acme Corp)";

    @Test
    void shouldPostTheContractBodyOnceAndPublishNotificationSent() {
        String leadId = newLeadId();
        LeadAssigned assigned = leadAssigned(leadId, "00v-" + leadId, ALICE).build();
        String notificationId = notificationId(assigned);
        Instant now = clock.instant();

        upstream.publish(Topics.LEAD_ASSIGNED, assigned);

        Request request = webhook.awaitRequests(leadId, 1).get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/notifications");
        assertThat(request.header("Content-Type")).isEqualTo("application/json");
        assertThat(request.header("Idempotency-Key")).isEqualTo(notificationId);
        assertThat(request.header("X-Leadflow-Event")).isEqualTo("lead.assigned");
        assertThat(bodyOf(request)).containsExactlyEntriesOf(expectedBody(assigned, notificationId));
        assertThat(probe.awaitEvents(Topics.NOTIFICATION_SENT, leadId, 1)).containsExactly(
                NotificationSent.newBuilder()
                        .setEventId(EventIds.derived(notificationId, "sent")).setOccurredAt(now)
                        .setCorrelationId(assigned.getCorrelationId()).setLeadId(leadId)
                        .setNotificationId(notificationId).setChannel(NotificationChannel.WEBHOOK).setRecipient(ALICE)
                        .setDestination(DEFAULT_URL).setSubject(DANA_SUBJECT)
                        .setTriggerEventId(assigned.getEventId()).setAttempts(1)
                        .build());
        NotificationDocument stored = document(notificationId);
        assertThat(stored.state()).isEqualTo(NotificationState.SENT);
        assertThat(stored.attempts()).isEqualTo(1);
        assertThat(stored.sentAt()).isEqualTo(now);
        assertThat(stored.payload()).isEqualTo(request.body());
        assertThat(stored.outcome().eventId()).isEqualTo(EventIds.derived(notificationId, "sent"));
        awaitNothingDue(notificationId);
        probe.assertStaysAt(Topics.NOTIFICATION_SENT, leadId, 1, QUIET);
        assertThat(probe.events(Topics.NOTIFICATION_FAILED, leadId)).isEmpty();
    }

    @Test
    void shouldNotifyOnceWhenTheSameLeadAssignedIsDeliveredTwice() {
        String leadId = newLeadId();
        LeadAssigned assigned = leadAssigned(leadId, "00v-1", ALICE).build();
        LeadAssigned respondedAgain = leadAssigned(leadId, "00v-2", ALICE)
                .setMethod(AssignmentMethod.OWNER_RETAINED).build();

        upstream.publish(Topics.LEAD_ASSIGNED, assigned);
        upstream.publish(Topics.LEAD_ASSIGNED, assigned);
        // Same lead, same partition: once this one is notified, the redelivery before it was handled.
        upstream.publish(Topics.LEAD_ASSIGNED, respondedAgain);

        assertThat(probe.awaitEvents(Topics.NOTIFICATION_SENT, leadId, 2))
                .extracting(NotificationSent::getNotificationId, NotificationSent::getSubject)
                .containsExactly(
                        tuple(notificationId(assigned), DANA_SUBJECT),
                        tuple(notificationId(respondedAgain),
                                "Your lead responded again: Dana Reyes (Acme Corp)"));
        assertThat(webhook.requests(leadId)).extracting(request -> request.header("Idempotency-Key"))
                .containsExactly(notificationId(assigned), notificationId(respondedAgain));
        probe.assertStaysAt(Topics.NOTIFICATION_SENT, leadId, 2, QUIET);
    }

    @Test
    void shouldRetryAfter503WithTheSameIdempotencyKeyAndBodyOnceTheBackoffHasPassed() {
        String leadId = newLeadId();
        LeadAssigned assigned = leadAssigned(leadId, "00v-1", ALICE).build();
        String notificationId = notificationId(assigned);
        webhook.script(leadId, 503);
        Instant start = clock.instant();

        upstream.publish(Topics.LEAD_ASSIGNED, assigned);

        assertThat(probe.awaitEvent(Topics.NOTIFICATION_FAILED, leadId)).isEqualTo(
                failed(assigned, 1, start, "HTTP 503 from " + DEFAULT_URL, true, DEFAULT_URL));
        NotificationDocument pending = document(notificationId);
        assertThat(pending.state()).isEqualTo(NotificationState.PENDING);
        assertThat(pending.attempts()).isEqualTo(1);
        assertThat(pending.nextAttemptAt()).isEqualTo(start.plusSeconds(2));
        assertThat(pending.lastError()).isEqualTo("HTTP 503 from " + DEFAULT_URL);
        await().untilAsserted(() -> assertThat(dueEntry(notificationId).scheduledAt()).isEqualTo(start.plusSeconds(2)));
        webhook.assertStaysAt(leadId, 1, QUIET);

        clock.advance(Duration.ofSeconds(2));

        List<Request> requests = webhook.awaitRequests(leadId, 2);
        assertThat(requests).extracting(request -> request.header("Idempotency-Key"))
                .containsExactly(notificationId, notificationId);
        assertThat(requests.get(1).body()).isEqualTo(requests.get(0).body());
        NotificationSent sent = probe.awaitEvent(Topics.NOTIFICATION_SENT, leadId);
        assertThat(sent.getAttempts()).isEqualTo(2);
        assertThat(sent.getOccurredAt()).isEqualTo(start.plusSeconds(2));
        assertThat(sent.getEventId()).isEqualTo(EventIds.derived(notificationId, "sent"));
        NotificationDocument delivered = document(notificationId);
        assertThat(delivered.state()).isEqualTo(NotificationState.SENT);
        assertThat(delivered.attempts()).isEqualTo(2);
        assertThat(delivered.sentAt()).isEqualTo(start.plusSeconds(2));
        assertThat(delivered.nextAttemptAt()).isNull();
        assertThat(probe.events(Topics.NOTIFICATION_FAILED, leadId)).hasSize(1);
    }

    @Test
    void shouldGiveUpAtOnceWhenTheWebhookRejectsTheNotification() {
        String leadId = newLeadId();
        LeadAssigned assigned = leadAssigned(leadId, "00v-1", ALICE).build();
        webhook.script(leadId, 400);
        Instant start = clock.instant();

        upstream.publish(Topics.LEAD_ASSIGNED, assigned);

        assertThat(probe.awaitEvent(Topics.NOTIFICATION_FAILED, leadId)).isEqualTo(
                failed(assigned, 1, start, "HTTP 400 from " + DEFAULT_URL, false, DEFAULT_URL));
        NotificationDocument failed = document(notificationId(assigned));
        assertThat(failed.state()).isEqualTo(NotificationState.FAILED);
        assertThat(failed.nextAttemptAt()).isNull();
        awaitNothingDue(notificationId(assigned));

        clock.advance(Duration.ofMinutes(10));

        webhook.assertStaysAt(leadId, 1, QUIET);
        assertThat(probe.events(Topics.NOTIFICATION_FAILED, leadId)).hasSize(1);
        assertThat(probe.events(Topics.NOTIFICATION_SENT, leadId)).isEmpty();
    }

    @Test
    void shouldGiveUpAfterTheLastAllowedAttemptFails() {
        String leadId = newLeadId();
        LeadAssigned assigned = leadAssigned(leadId, "00v-1", ALICE).build();
        webhook.script(leadId, 503, 503, 503, 503, 503);
        Instant start = clock.instant();

        upstream.publish(Topics.LEAD_ASSIGNED, assigned);
        for (int attempt = 1; attempt < 5; attempt++) {
            probe.awaitEvents(Topics.NOTIFICATION_FAILED, leadId, attempt);
            clock.advance(Duration.ofSeconds(1L << attempt));
        }

        String reason = "HTTP 503 from " + DEFAULT_URL;
        assertThat(probe.awaitEvents(Topics.NOTIFICATION_FAILED, leadId, 5)).containsExactly(
                failed(assigned, 1, start, reason, true, DEFAULT_URL),
                failed(assigned, 2, start.plusSeconds(2), reason, true, DEFAULT_URL),
                failed(assigned, 3, start.plusSeconds(6), reason, true, DEFAULT_URL),
                failed(assigned, 4, start.plusSeconds(14), reason, true, DEFAULT_URL),
                failed(assigned, 5, start.plusSeconds(30), reason, false, DEFAULT_URL));
        NotificationDocument gaveUp = document(notificationId(assigned));
        assertThat(gaveUp.state()).isEqualTo(NotificationState.FAILED);
        assertThat(gaveUp.attempts()).isEqualTo(5);
        assertThat(gaveUp.lastError()).isEqualTo(reason);
        awaitNothingDue(notificationId(assigned));
        assertThat(webhook.requests(leadId)).hasSize(5);
        clock.advance(Duration.ofMinutes(10));
        webhook.assertStaysAt(leadId, 5, QUIET);
    }

    @Test
    void shouldPostToTheUrlConfiguredForTheOwner() {
        String leadId = newLeadId();
        LeadAssigned assigned = leadAssigned(leadId, "00v-1", CAROL).build();

        upstream.publish(Topics.LEAD_ASSIGNED, assigned);

        assertThat(webhook.awaitRequests(leadId, 1)).extracting(Request::path).containsExactly("/carol");
        NotificationSent sent = probe.awaitEvent(Topics.NOTIFICATION_SENT, leadId);
        assertThat(sent.getDestination()).isEqualTo(CAROL_URL);
        assertThat(sent.getRecipient()).isEqualTo(CAROL);
        assertThat(document(notificationId(assigned)).destination()).isEqualTo(CAROL_URL);
    }

    @Test
    void shouldRecordARefusedConnectionAndGoOnWithTheNextLeadOnThePartition() {
        String downLead = newLeadId();
        String nextLead = leadOnSamePartitionAs(downLead);
        LeadAssigned toDave = leadAssigned(downLead, "00v-1", DAVE).build();
        Instant start = clock.instant();

        upstream.publish(Topics.LEAD_ASSIGNED, toDave);
        upstream.publish(Topics.LEAD_ASSIGNED, leadAssigned(nextLead, "00v-2", ALICE).build());

        assertThat(probe.awaitEvent(Topics.NOTIFICATION_SENT, nextLead).getAttempts()).isEqualTo(1);
        assertThat(probe.awaitEvent(Topics.NOTIFICATION_FAILED, downLead)).isEqualTo(
                failed(toDave, 1, start, "connection refused by " + DOWN_URL, true, DOWN_URL));
        assertThat(document(notificationId(toDave)).state()).isEqualTo(NotificationState.PENDING);
        assertThat(probe.deadLetters(Topics.LEAD_ASSIGNED)).noneMatch(dead -> dead.key().equals(downLead));
    }

    @Test
    void shouldDeadLetterAnUndecodableRecordAndCarryOn() {
        String poisoned = newLeadId();
        String healthy = leadOnSamePartitionAs(poisoned);
        byte[] garbage = "{\"leadId\": \"not avro\"}".getBytes(StandardCharsets.UTF_8);

        upstream.publishRaw(Topics.LEAD_ASSIGNED, poisoned, garbage);
        upstream.publish(Topics.LEAD_ASSIGNED, leadAssigned(healthy, "00v-1", ALICE).build());

        DeadLetter dead = probe.awaitDeadLetter(Topics.LEAD_ASSIGNED, poisoned);
        assertThat(dead.value()).isEqualTo(garbage);
        assertThat(dead.reason()).startsWith("lead.assigned: not a LeadAssigned in Avro single-object encoding");
        assertThat(probe.awaitEvent(Topics.NOTIFICATION_SENT, healthy).getAttempts()).isEqualTo(1);
        assertThat(webhook.requests(poisoned)).isEmpty();
    }

    @Test
    void shouldDeadLetterAnAssignmentWithoutOwnerIdAndNotifyTheNextOne() {
        String leadId = newLeadId();
        Owner nobody = Owner.newBuilder(ALICE).setId("").build();
        LeadAssigned invalid = leadAssigned(leadId, "00v-1", nobody).build();
        LeadAssigned valid = leadAssigned(leadId, "00v-2", ALICE).build();

        upstream.publish(Topics.LEAD_ASSIGNED, invalid);
        upstream.publish(Topics.LEAD_ASSIGNED, valid);

        assertThat(probe.awaitDeadLetter(Topics.LEAD_ASSIGNED, leadId).reason()).isEqualTo("lead.assigned event "
                + invalid.getEventId() + " for lead " + leadId + " has no owner id: nobody to notify");
        assertThat(probe.awaitEvent(Topics.NOTIFICATION_SENT, leadId).getNotificationId())
                .isEqualTo(notificationId(valid));
        assertThat(webhook.requests(leadId)).hasSize(1);
        assertThat(probe.deadLetters(Topics.LEAD_ASSIGNED)).filteredOn(dead -> dead.key().equals(leadId)).hasSize(1);
    }

    static NotificationFailed failed(LeadAssigned assigned, int attempt, Instant at, String reason, boolean willRetry,
            String destination) {
        String notificationId = notificationId(assigned);
        return NotificationFailed.newBuilder()
                .setEventId(EventIds.derived(notificationId, "failed", String.valueOf(attempt))).setOccurredAt(at)
                .setCorrelationId(assigned.getCorrelationId()).setLeadId(assigned.getLeadId())
                .setNotificationId(notificationId).setChannel(NotificationChannel.WEBHOOK)
                .setRecipient(assigned.getOwner()).setDestination(destination)
                .setTriggerEventId(assigned.getEventId()).setAttempts(attempt).setReason(reason)
                .setWillRetry(willRetry)
                .build();
    }

    static Map<String, Object> bodyOf(Request request) {
        return JsonMapper.builder().build().readerForMapOf(Object.class).readValue(request.body());
    }

    /** The webhook contract for the object mother's lead (Dana Reyes of Acme Corp), field by field, in order. */
    static Map<String, Object> expectedBody(LeadAssigned assigned, String notificationId) {
        Map<String, Object> recipient = new LinkedHashMap<>();
        recipient.put("id", "005-alice");
        recipient.put("kind", "USER");
        recipient.put("name", "Alice Archer");
        Map<String, Object> lead = new LinkedHashMap<>();
        lead.put("firstName", "Dana");
        lead.put("lastName", "Reyes");
        lead.put("email", "dana.reyes@acme.example");
        lead.put("title", "VP Operations");
        lead.put("company", "Acme Corp");
        lead.put("country", "US");
        lead.put("state", "CA");
        lead.put("score", 85);
        lead.put("status", "Open");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("notificationId", notificationId);
        body.put("event", "lead.assigned");
        body.put("leadId", assigned.getLeadId());
        body.put("responseId", assigned.getResponseId());
        body.put("campaignId", "701-spring-webinar");
        body.put("recipient", recipient);
        body.put("subject", DANA_SUBJECT);
        body.put("text", "Dana Reyes (VP Operations, Acme Corp, US) responded to campaign 701-spring-webinar and "
                + "is now yours. Score: 85. Why: Matchmaker moved the lead off Lead Routing Queue.");
        body.put("method", "EXTERNAL_ENGINE");
        body.put("reason", "Matchmaker moved the lead off Lead Routing Queue");
        body.put("assignedAt", assigned.getAssignedAt().toString());
        body.put("timeToAssignMillis", 4000);
        body.put("lead", lead);
        return body;
    }
}
