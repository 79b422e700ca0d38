package io.leadflow.notification;

import static io.leadflow.testsupport.TestEvents.leadAssigned;
import static io.leadflow.testsupport.TestEvents.newLeadId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import io.leadflow.events.AssignmentMethod;
import io.leadflow.events.LeadAssigned;
import io.leadflow.events.NotificationChannel;
import io.leadflow.events.NotificationFailed;
import io.leadflow.events.NotificationSent;
import io.leadflow.events.Owner;
import io.leadflow.notification.MailServer.Received;
import io.leadflow.notification.WebhookReceiver.Request;
import io.leadflow.notification.domain.Channel;
import io.leadflow.notification.domain.NotificationState;
import io.leadflow.notification.persistence.NotificationDocument;
import io.leadflow.platform.events.EventIds;
import io.leadflow.schemas.Topics;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.junit.jupiter.api.Test;

/**
 * The email channel end to end: {@code lead.assigned} in, a real SMTP server (GreenMail) receiving the mail, and
 * {@code notification.sent} / {@code notification.failed} out. Nina prefers email, Omar email and then webhook,
 * Rita email at an address the server can be told to refuse. "Nothing else happened" is proved by a later
 * {@code lead.assigned} of the same lead, whose notifications come after (same partition, and a lead's
 * notifications are attempted one at a time in order), and by the due entry being gone.
 */
class EmailNotificationIT extends AbstractNotificationIT {

    static final String DANA_SUBJECT = "New lead assigned to you: Dana Reyes (Acme Corp)";
    static final String RETAINED_SUBJECT = "Your lead responded again: Dana Reyes (Acme Corp)";

    @Test
    void shouldEmailARecipientWhoPrefersEmailAndPublishNotificationSentWithChannelEmail() throws Exception {
        String leadId = newLeadId();
        LeadAssigned assigned = leadAssigned(leadId, "00v-1", NINA).build();
        LeadAssigned respondedAgain = leadAssigned(leadId, "00v-2", NINA).setMethod(AssignmentMethod.OWNER_RETAINED)
                .build();
        String emailId = notificationId(assigned, Channel.EMAIL);
        Instant now = clock.instant();

        upstream.publish(Topics.LEAD_ASSIGNED, assigned);

        Received received = mail.awaitMessages(emailId, 1).get(0);
        assertThat(received.mailFrom()).isEqualTo(SENDER_ADDRESS);
        assertThat(received.rcptTo()).containsExactly(NINA_ADDRESS);
        assertThat(received.header("From")).isEqualTo(SENDER);
        assertThat(received.header("To")).isEqualTo("Nina Novak <" + NINA_ADDRESS + ">");
        assertThat(received.message().getSubject()).isEqualTo(DANA_SUBJECT);
        assertThat(received.message().getSentDate()).isEqualTo(Date.from(now.truncatedTo(ChronoUnit.SECONDS)));
        assertThat(received.header("Message-ID")).isEqualTo("<" + emailId + "@leadflow.test>");
        assertThat(received.header("X-Leadflow-Notification-Id")).isEqualTo(emailId);
        assertThat(received.header("X-Leadflow-Event")).isEqualTo("lead.assigned");
        assertThat(received.header("X-Leadflow-Lead-Id")).isEqualTo(leadId);
        assertThat(received.partTypes()).containsExactly("text/plain; charset=UTF-8", "text/html; charset=UTF-8");
        assertThat(received.part("text/plain")).isEqualToNormalizingNewlines(danaText(leadId, NINA, emailId));
        assertThat(received.part("text/html")).isEqualToNormalizingNewlines(danaHtml(leadId, NINA, emailId));
        assertThat(probe.awaitEvent(Topics.NOTIFICATION_SENT, leadId)).isEqualTo(
                sent(assigned, Channel.EMAIL, NINA_ADDRESS, DANA_SUBJECT, 1, now));
        NotificationDocument stored = document(emailId);
        assertThat(stored.channel()).isEqualTo(Channel.EMAIL);
        assertThat(stored.destination()).isEqualTo(NINA_ADDRESS);
        assertThat(stored.state()).isEqualTo(NotificationState.SENT);
        assertThat(stored.payload()).contains("Message-ID: <" + emailId + "@leadflow.test>",
                "Content-Type: multipart/alternative");

        upstream.publish(Topics.LEAD_ASSIGNED, respondedAgain);

        assertThat(probe.awaitEvents(Topics.NOTIFICATION_SENT, leadId, 2)).containsExactly(
                sent(assigned, Channel.EMAIL, NINA_ADDRESS, DANA_SUBJECT, 1, now),
                sent(respondedAgain, Channel.EMAIL, NINA_ADDRESS, RETAINED_SUBJECT, 1, now));
        assertThat(mail.received(emailId)).hasSize(1);
        assertThat(mail.received(notificationId(respondedAgain, Channel.EMAIL))).hasSize(1);
        assertThat(probe.events(Topics.NOTIFICATION_FAILED, leadId)).isEmpty();
        assertThat(webhook.requests(leadId)).isEmpty();
    }

    @Test
    void shouldTellARecipientWithTwoChannelsOnceOnEachEvenWhenTheFactIsDeliveredTwice() {
        String leadId = newLeadId();
        LeadAssigned assigned = leadAssigned(leadId, "00v-1", OMAR).build();
        LeadAssigned respondedAgain = leadAssigned(leadId, "00v-2", OMAR).setMethod(AssignmentMethod.OWNER_RETAINED)
                .build();
        String emailId = notificationId(assigned, Channel.EMAIL);
        String webhookId = notificationId(assigned, Channel.WEBHOOK);
        Instant now = clock.instant();

        upstream.publish(Topics.LEAD_ASSIGNED, assigned);
        upstream.publish(Topics.LEAD_ASSIGNED, assigned);
        upstream.publish(Topics.LEAD_ASSIGNED, respondedAgain);

        assertThat(probe.awaitEvents(Topics.NOTIFICATION_SENT, leadId, 4)).containsExactly(
                sent(assigned, Channel.EMAIL, OMAR_ADDRESS, DANA_SUBJECT, 1, now),
                sent(assigned, Channel.WEBHOOK, OMAR_URL, DANA_SUBJECT, 1, now),
                sent(respondedAgain, Channel.EMAIL, OMAR_ADDRESS, RETAINED_SUBJECT, 1, now),
                sent(respondedAgain, Channel.WEBHOOK, OMAR_URL, RETAINED_SUBJECT, 1, now));
        assertThat(emailId).isNotEqualTo(webhookId);
        Received email = mail.received(emailId).get(0);
        assertThat(mail.received(emailId)).hasSize(1);
        assertThat(email.rcptTo()).containsExactly(OMAR_ADDRESS);
        assertThat(email.part("text/plain")).isEqualToNormalizingNewlines(danaText(leadId, OMAR, emailId));
        assertThat(mail.received(notificationId(respondedAgain, Channel.EMAIL))).hasSize(1);
        assertThat(webhook.requests(leadId)).extracting(Request::path, request -> request.header("Idempotency-Key"))
                .containsExactly(
                        tuple("/omar", webhookId),
                        tuple("/omar", notificationId(respondedAgain)));
        assertThat(mongo.find(query(where("leadId").is(leadId)), NotificationDocument.class))
                .extracting(NotificationDocument::id, NotificationDocument::channel, NotificationDocument::state)
                .containsExactlyInAnyOrder(
                        tuple(emailId, Channel.EMAIL, NotificationState.SENT),
                        tuple(webhookId, Channel.WEBHOOK, NotificationState.SENT),
                        tuple(notificationId(respondedAgain, Channel.EMAIL),
                                Channel.EMAIL, NotificationState.SENT),
                        tuple(notificationId(respondedAgain), Channel.WEBHOOK,
                                NotificationState.SENT));
        assertThat(probe.events(Topics.NOTIFICATION_FAILED, leadId)).isEmpty();
    }

    @Test
    void shouldRetryAnEmailTheSmtpServerWasDownForAndDeliverItOnceWhenItIsBack() {
        String leadId = newLeadId();
        LeadAssigned assigned = leadAssigned(leadId, "00v-1", NINA).build();
        String emailId = notificationId(assigned, Channel.EMAIL);
        String server = "smtp://127.0.0.1:" + mail.port();
        Instant start = clock.instant();

        mail.stop();
        try {
            upstream.publish(Topics.LEAD_ASSIGNED, assigned);

            assertThat(probe.awaitEvent(Topics.NOTIFICATION_FAILED, leadId)).isEqualTo(
                    failed(assigned, Channel.EMAIL, NINA_ADDRESS, 1, start, "connection refused by " + server, true));
            NotificationDocument pending = document(emailId);
            assertThat(pending.state()).isEqualTo(NotificationState.PENDING);
            assertThat(pending.nextAttemptAt()).isEqualTo(start.plusSeconds(2));
            assertThat(pending.lastError()).isEqualTo("connection refused by " + server);
        } finally {
            mail.restart();
        }
        await()
                .untilAsserted(() -> assertThat(dueEntry(emailId).scheduledAt()).isEqualTo(start.plusSeconds(2)));

        clock.advance(Duration.ofSeconds(2));

        assertThat(probe.awaitEvent(Topics.NOTIFICATION_SENT, leadId)).isEqualTo(
                sent(assigned, Channel.EMAIL, NINA_ADDRESS, DANA_SUBJECT, 2, start.plusSeconds(2)));
        assertThat(mail.awaitMessages(emailId, 1).get(0).part("text/plain"))
                .isEqualToNormalizingNewlines(danaText(leadId, NINA, emailId));
        awaitNothingDue(emailId);
        assertThat(probe.events(Topics.NOTIFICATION_FAILED, leadId)).containsExactly(
                failed(assigned, Channel.EMAIL, NINA_ADDRESS, 1, start, "connection refused by " + server, true));
        NotificationDocument delivered = document(emailId);
        assertThat(delivered.state()).isEqualTo(NotificationState.SENT);
        assertThat(delivered.attempts()).isEqualTo(2);
    }

    @Test
    void shouldGiveUpAtOnceOnAMailboxTheSmtpServerRefuses() {
        String leadId = newLeadId();
        LeadAssigned refused = leadAssigned(leadId, "00v-1", RITA).build();
        LeadAssigned later = leadAssigned(leadId, "00v-2", NINA).build();
        String refusedId = notificationId(refused, Channel.EMAIL);
        String reason = "SMTP 550 from smtp://127.0.0.1:" + mail.port() + " for " + RITA_ADDRESS + ": 550 5.1.1 <"
                + RITA_ADDRESS + ">: Recipient address rejected: User unknown";
        mail.script(RITA_ADDRESS, "550 5.1.1 <" + RITA_ADDRESS + ">: Recipient address rejected: User unknown");
        Instant start = clock.instant();

        upstream.publish(Topics.LEAD_ASSIGNED, refused);

        assertThat(probe.awaitEvent(Topics.NOTIFICATION_FAILED, leadId))
                .isEqualTo(failed(refused, Channel.EMAIL, RITA_ADDRESS, 1, start, reason, false));
        NotificationDocument gaveUp = document(refusedId);
        assertThat(gaveUp.state()).isEqualTo(NotificationState.FAILED);
        assertThat(gaveUp.nextAttemptAt()).isNull();
        assertThat(gaveUp.lastError()).isEqualTo(reason);
        awaitNothingDue(refusedId);

        clock.advance(Duration.ofMinutes(10));
        upstream.publish(Topics.LEAD_ASSIGNED, later);

        assertThat(probe.awaitEvent(Topics.NOTIFICATION_SENT, leadId)).isEqualTo(
                sent(later, Channel.EMAIL, NINA_ADDRESS, DANA_SUBJECT, 1, start.plus(Duration.ofMinutes(10))));
        assertThat(probe.events(Topics.NOTIFICATION_FAILED, leadId))
                .containsExactly(failed(refused, Channel.EMAIL, RITA_ADDRESS, 1, start, reason, false));
        assertThat(mail.received(refusedId)).isEmpty();
        assertThat(document(refusedId).attempts()).isEqualTo(1);
    }

    @Test
    void shouldRecordOneSuppressedEntryPerChannelAndSendNothingWhenTheFactAsksThatNobodyBeTold() {
        String untoldLead = newLeadId();
        String toldLead = leadOnSamePartitionAs(untoldLead);
        LeadAssigned untold = leadAssigned(untoldLead, "00v-untold", OMAR).setTriggerNotification(false).build();
        LeadAssigned told = leadAssigned(toldLead, "00v-told", NINA).build();

        upstream.publish(Topics.LEAD_ASSIGNED, untold);
        upstream.publish(Topics.LEAD_ASSIGNED, told);

        assertThat(probe.awaitEvent(Topics.NOTIFICATION_SENT, toldLead).getChannel())
                .isEqualTo(NotificationChannel.EMAIL);
        assertThat(mongo.find(query(where("leadId").is(untoldLead)), NotificationDocument.class))
                .extracting(NotificationDocument::id, NotificationDocument::channel, NotificationDocument::state)
                .containsExactlyInAnyOrder(
                        tuple(notificationId(untold, Channel.EMAIL), Channel.EMAIL,
                                NotificationState.SUPPRESSED),
                        tuple(notificationId(untold, Channel.WEBHOOK), Channel.WEBHOOK,
                                NotificationState.SUPPRESSED));
        assertThat(mail.received(notificationId(untold, Channel.EMAIL))).isEmpty();
        assertThat(webhook.requests(untoldLead)).isEmpty();
        assertThat(probe.events(Topics.NOTIFICATION_SENT, untoldLead)).isEmpty();
        assertThat(probe.events(Topics.NOTIFICATION_FAILED, untoldLead)).isEmpty();
    }

    static NotificationSent sent(LeadAssigned assigned, Channel channel, String destination, String subject,
            int attempts, Instant at) {
        String notificationId = notificationId(assigned, channel);
        return NotificationSent.newBuilder()
                .setEventId(EventIds.derived(notificationId, "sent")).setOccurredAt(at)
                .setCorrelationId(assigned.getCorrelationId()).setLeadId(assigned.getLeadId())
                .setNotificationId(notificationId).setChannel(NotificationChannel.valueOf(channel.name()))
                .setRecipient(assigned.getOwner()).setDestination(destination).setSubject(subject)
                .setTriggerEventId(assigned.getEventId()).setAttempts(attempts)
                .build();
    }

    static NotificationFailed failed(LeadAssigned assigned, Channel channel, String destination, int attempt,
            Instant at, String reason, boolean willRetry) {
        String notificationId = notificationId(assigned, channel);
        return NotificationFailed.newBuilder()
                .setEventId(EventIds.derived(notificationId, "failed", String.valueOf(attempt))).setOccurredAt(at)
                .setCorrelationId(assigned.getCorrelationId()).setLeadId(assigned.getLeadId())
                .setNotificationId(notificationId).setChannel(NotificationChannel.valueOf(channel.name()))
                .setRecipient(assigned.getOwner()).setDestination(destination)
                .setTriggerEventId(assigned.getEventId()).setAttempts(attempt).setReason(reason)
                .setWillRetry(willRetry)
                .build();
    }

    /** The plain-text part for the object mother's lead (Dana Reyes of Acme Corp). */
    static String danaText(String leadId, Owner owner, String notificationId) {
        return """
                Dana Reyes (VP Operations, Acme Corp, US) responded to campaign 701-spring-webinar and is now yours. \
                Score: 85. Why: Matchmaker moved the lead off Lead Routing Queue.

                Name:      Dana Reyes
                Title:     VP Operations
                Company:   Acme Corp
                Email:     dana.reyes@acme.example
                Location:  CA, US
                Score:     85
                Status:    Open
                Campaign:  701-spring-webinar
                Lead id:   %s

                --\s
                Sent by leadflow to %s (%s) about lead.assigned. Notification %s.
                """.formatted(leadId, owner.getName(), owner.getId(), notificationId);
    }

    /** The HTML part for the same. */
    static String danaHtml(String leadId, Owner owner, String notificationId) {
        String row = "<tr><th style=\"text-align: left; padding: 2px 16px 2px 0; color: #555;\">%s</th><td>%s</td></tr>\n";
        return "<!DOCTYPE html>\n"
                + "<html lang=\"en\">\n"
                + "<head>\n"
                + "<meta charset=\"UTF-8\">\n"
                + "<title>" + DANA_SUBJECT + "</title>\n"
                + "</head>\n"
                + "<body style=\"font-family: Arial, Helvetica, sans-serif; font-size: 14px; color: #222;\">\n"
                + "<p>Dana Reyes (VP Operations, Acme Corp, US) responded to campaign 701-spring-webinar and is now "
                + "yours. Score: 85. Why: Matchmaker moved the lead off Lead Routing Queue.</p>\n"
                + "<table style=\"border-collapse: collapse;\">\n"
                + row.formatted("Name", "Dana Reyes")
                + row.formatted("Title", "VP Operations")
                + row.formatted("Company", "Acme Corp")
                + row.formatted("Email", "dana.reyes@acme.example")
                + row.formatted("Location", "CA, US")
                + row.formatted("Score", "85")
                + row.formatted("Status", "Open")
                + row.formatted("Campaign", "701-spring-webinar")
                + row.formatted("Lead id", leadId)
                + "</table>\n"
                + "<p style=\"color: #777; font-size: 12px;\">Sent by leadflow to " + owner.getName() + " ("
                + owner.getId() + ") about lead.assigned. Notification " + notificationId + ".</p>\n"
                + "</body>\n"
                + "</html>\n";
    }
}
