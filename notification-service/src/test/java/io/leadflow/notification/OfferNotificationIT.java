package io.leadflow.notification;

import static io.leadflow.notification.OfferEvents.leadOffered;
import static io.leadflow.testsupport.TestEvents.ALICE;
import static io.leadflow.testsupport.TestEvents.newLeadId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import io.leadflow.events.LeadOffered;
import io.leadflow.events.NotificationChannel;
import io.leadflow.events.NotificationSent;
import io.leadflow.events.Owner;
import io.leadflow.notification.MailServer.Received;
import io.leadflow.notification.WebhookReceiver.Request;
import io.leadflow.notification.domain.Channel;
import io.leadflow.notification.domain.NotificationService;
import io.leadflow.notification.domain.NotificationState;
import io.leadflow.notification.persistence.NotificationDocument;
import io.leadflow.platform.events.EventIds;
import io.leadflow.schemas.Topics;
import io.leadflow.testsupport.TopicProbe.DeadLetter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * {@code lead.offered} end to end: the candidate is told on their channels, with the deadline and the link that
 * acknowledges the offer. "Nothing else happened" is proved by a later fact on the same partition, handled after it.
 */
class OfferNotificationIT extends AbstractNotificationIT {

    static final DateTimeFormatter READABLE =
            DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    @Test
    void shouldEmailTheCandidateTheDeadlineAndTheAcknowledgementLinkInBothParts() throws Exception {
        String leadId = newLeadId();
        LeadOffered offered = leadOffered(leadId, NINA).build();
        String emailId = notificationId(offered, Channel.EMAIL);
        String link = offered.getAcknowledgeUrl();

        upstream.publish(Topics.LEAD_OFFERED, offered);

        Received received = mail.awaitMessages(emailId, 1).get(0);
        assertThat(received.rcptTo()).containsExactly(NINA_ADDRESS);
        assertThat(received.message().getSubject()).isEqualTo(subject(offered));
        assertThat(received.header("X-Leadflow-Event")).isEqualTo("lead.offered");
        String text = received.part("text/plain").replace("\r\n", "\n");
        assertThat(text).contains("Dana Reyes (VP Operations, Acme Corp, US) responded to campaign "
                + "701-spring-webinar and is offered to you. Acknowledge it with the acknowledgement link by "
                + offered.getDeadline() + " (" + READABLE.format(offered.getDeadline()) + "), within 15 minutes, to "
                + "make it yours.");
        assertThat(text).contains("Acknowledge the offer:\n" + link + "\n");
        assertThat(received.part("text/html")).contains("<a href=\"" + link.replace("&", "&amp;") + "\"");
        assertThat(probe.awaitEvent(Topics.NOTIFICATION_SENT, leadId).getSubject()).isEqualTo(subject(offered))
                .doesNotContain(link);
    }

    @Test
    void shouldPostTheOfferToTheCandidatesWebhookWithTheLinkAndTheDeadline() {
        String leadId = newLeadId();
        LeadOffered offered = leadOffered(leadId, ALICE).build();
        String notificationId = notificationId(offered, Channel.WEBHOOK);
        Instant now = clock.instant();

        upstream.publish(Topics.LEAD_OFFERED, offered);

        Request request = webhook.awaitRequests(leadId, 1).get(0);
        assertThat(request.path()).isEqualTo("/notifications");
        assertThat(request.header("Idempotency-Key")).isEqualTo(notificationId);
        assertThat(request.header("X-Leadflow-Event")).isEqualTo("lead.offered");
        assertThat(request.json().get("event").asString()).isEqualTo("lead.offered");
        assertThat(request.json().get("offerId").asString()).isEqualTo(offered.getOfferId());
        assertThat(request.json().get("kind").asString()).isEqualTo("BLAST");
        assertThat(request.json().get("subject").asString()).isEqualTo(subject(offered));
        assertThat(request.json().get("offeredAt").asString()).isEqualTo(offered.getOfferedAt().toString());
        assertThat(request.json().get("deadline").asString()).isEqualTo(offered.getDeadline().toString());
        assertThat(request.json().get("acknowledgeUrl").asString()).isEqualTo(offered.getAcknowledgeUrl());
        assertThat(request.json().get("recipient").get("id").asString()).isEqualTo(ALICE.getId());
        assertThat(request.json().get("lead").get("company").asString()).isEqualTo("Acme Corp");
        assertThat(probe.awaitEvent(Topics.NOTIFICATION_SENT, leadId)).isEqualTo(NotificationSent.newBuilder()
                .setEventId(EventIds.derived(notificationId, "sent")).setOccurredAt(now)
                .setCorrelationId(offered.getCorrelationId()).setLeadId(leadId)
                .setNotificationId(notificationId).setChannel(NotificationChannel.WEBHOOK).setRecipient(ALICE)
                .setDestination(DEFAULT_URL).setSubject(subject(offered))
                .setTriggerEventId(offered.getEventId()).setAttempts(1)
                .build());
    }

    @Test
    void shouldTellTheCandidateToAcknowledgeInTheCrmWhenTheOfferHasNoLink() {
        String leadId = newLeadId();
        LeadOffered offered = leadOffered(leadId, ALICE).setAcknowledgeUrl(null).build();

        upstream.publish(Topics.LEAD_OFFERED, offered);

        Request request = webhook.awaitRequests(leadId, 1).get(0);
        assertThat(request.json().get("acknowledgeUrl").isNull()).isTrue();
        assertThat(request.json().get("text").asString()).contains("Acknowledge it in your CRM by "
                + offered.getDeadline());
    }

    @Test
    void shouldNotifyOnceWhenTheSameLeadOfferedIsDeliveredTwice() {
        String leadId = newLeadId();
        String nextLead = leadOnSamePartitionAs(leadId);
        LeadOffered offered = leadOffered(leadId, ALICE).build();

        upstream.publish(Topics.LEAD_OFFERED, offered);
        upstream.publish(Topics.LEAD_OFFERED, offered);
        upstream.publish(Topics.LEAD_OFFERED, leadOffered(nextLead, ALICE).build());

        probe.awaitEvent(Topics.NOTIFICATION_SENT, nextLead);
        assertThat(probe.events(Topics.NOTIFICATION_SENT, leadId)).hasSize(1);
        assertThat(webhook.requests(leadId)).hasSize(1);
        assertThat(document(notificationId(offered, Channel.WEBHOOK)).state()).isEqualTo(NotificationState.SENT);
    }

    @Test
    void shouldTellNobodyOfALeadOfferedThatAsksSoAndRecordWhy() {
        String untoldLead = newLeadId();
        String toldLead = leadOnSamePartitionAs(untoldLead);
        LeadOffered untold = leadOffered(untoldLead, ALICE).setTriggerNotification(false).build();
        Instant now = clock.instant();

        upstream.publish(Topics.LEAD_OFFERED, untold);
        upstream.publish(Topics.LEAD_OFFERED, leadOffered(toldLead, ALICE).build());

        probe.awaitEvent(Topics.NOTIFICATION_SENT, toldLead);
        assertThat(probe.events(Topics.NOTIFICATION_SENT, untoldLead)).isEmpty();
        assertThat(probe.events(Topics.NOTIFICATION_FAILED, untoldLead)).isEmpty();
        assertThat(webhook.requests(untoldLead)).isEmpty();
        NotificationDocument stored = mongo.findOne(query(where("leadId").is(untoldLead)),
                NotificationDocument.class);
        assertThat(stored.id()).isEqualTo(notificationId(untold, Channel.WEBHOOK));
        assertThat(stored.triggerEvent()).isEqualTo("lead.offered");
        assertThat(stored.state()).isEqualTo(NotificationState.SUPPRESSED);
        assertThat(stored.attempts()).isZero();
        assertThat(stored.createdAt()).isEqualTo(now);
        assertThat(stored.subject()).isEqualTo(subject(untold));
        assertThat(stored.payload()).isNull();
        assertThat(stored.reason()).isEqualTo(NotificationService.suppressedBecause("lead.offered"))
                .isEqualTo("the activation asked that nobody be told (lead.offered with triggerNotification false)");
        assertThat(dueEntry(stored.id())).isNull();
    }

    @Test
    void shouldDeadLetterAnUndecodableLeadOfferedAndCarryOn() {
        String poisoned = newLeadId();
        String healthy = leadOnSamePartitionAs(poisoned);
        byte[] garbage = "{\"leadId\": \"not avro\"}".getBytes(StandardCharsets.UTF_8);

        upstream.publishRaw(Topics.LEAD_OFFERED, poisoned, garbage);
        upstream.publish(Topics.LEAD_OFFERED, leadOffered(healthy, ALICE).build());

        DeadLetter dead = probe.awaitDeadLetter(Topics.LEAD_OFFERED, poisoned);
        assertThat(dead.value()).isEqualTo(garbage);
        assertThat(dead.reason()).startsWith("lead.offered: not a LeadOffered in Avro single-object encoding");
        assertThat(probe.awaitEvent(Topics.NOTIFICATION_SENT, healthy).getAttempts()).isEqualTo(1);
        assertThat(webhook.requests(poisoned)).isEmpty();
    }

    @Test
    void shouldDeadLetterAnOfferWithoutCandidateIdAndNotifyTheNextOne() {
        String leadId = newLeadId();
        String healthy = leadOnSamePartitionAs(leadId);
        Owner nobody = Owner.newBuilder(ALICE).setId("").build();

        upstream.publish(Topics.LEAD_OFFERED, leadOffered(leadId, nobody).build());
        upstream.publish(Topics.LEAD_OFFERED, leadOffered(healthy, ALICE).build());

        assertThat(probe.awaitDeadLetter(Topics.LEAD_OFFERED, leadId).reason()).contains("has no candidate id");
        assertThat(probe.awaitEvent(Topics.NOTIFICATION_SENT, healthy).getAttempts()).isEqualTo(1);
        assertThat(webhook.requests(leadId)).isEmpty();
    }

    static String subject(LeadOffered offered) {
        return "Lead offered to you: Dana Reyes (Acme Corp) - acknowledge by " + READABLE.format(offered.getDeadline());
    }

    static String notificationId(LeadOffered event, Channel channel) {
        return EventIds.derived(event.getEventId(), event.getCandidate().getId(), channel.name());
    }
}
