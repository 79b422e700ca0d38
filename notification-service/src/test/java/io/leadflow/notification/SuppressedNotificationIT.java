package io.leadflow.notification;

import static io.leadflow.testsupport.TestEvents.ALICE;
import static io.leadflow.testsupport.TestEvents.leadAssigned;
import static io.leadflow.testsupport.TestEvents.newLeadId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import io.leadflow.events.LeadAssigned;
import io.leadflow.events.NotificationChannel;
import io.leadflow.events.NotificationSent;
import io.leadflow.notification.domain.Channel;
import io.leadflow.notification.domain.NotificationService;
import io.leadflow.notification.domain.NotificationState;
import io.leadflow.notification.domain.Recipient;
import io.leadflow.notification.domain.RecipientKind;
import io.leadflow.notification.persistence.NotificationDocument;
import io.leadflow.platform.events.EventIds;
import io.leadflow.schemas.Topics;
import io.leadflow.testsupport.OlderWriter;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * A {@code lead.assigned} whose activation asked that nobody be told: no call, no outcome event, a SUPPRESSED
 * entry in the delivery log. "Nothing" is proved by a later, ordinary {@code lead.assigned} of another lead on the
 * same partition, handled after it, whose notification is the only one.
 */
class SuppressedNotificationIT extends AbstractNotificationIT {

    static final String DANA_SUBJECT = "New lead assigned to you: Dana Reyes (Acme Corp)";

    @Test
    void shouldTellNobodyOfALeadAssignedThatAsksSoAndRecordWhyWhileTheNextLeadIsNotified() {
        String untoldLead = newLeadId();
        String toldLead = leadOnSamePartitionAs(untoldLead);
        LeadAssigned untold = leadAssigned(untoldLead, "00v-untold", ALICE).setTriggerNotification(false).build();
        LeadAssigned told = leadAssigned(toldLead, "00v-told", ALICE).build();
        Instant now = clock.instant();

        upstream.publish(Topics.LEAD_ASSIGNED, untold);
        upstream.publish(Topics.LEAD_ASSIGNED, untold);
        upstream.publish(Topics.LEAD_ASSIGNED, told);

        assertThat(probe.awaitEvents(Topics.NOTIFICATION_SENT, toldLead, 1)).containsExactly(
                NotificationSent.newBuilder()
                        .setEventId(EventIds.derived(notificationId(told), "sent")).setOccurredAt(now)
                        .setCorrelationId(told.getCorrelationId()).setLeadId(toldLead)
                        .setNotificationId(notificationId(told)).setChannel(NotificationChannel.WEBHOOK)
                        .setRecipient(ALICE).setDestination(DEFAULT_URL).setSubject(DANA_SUBJECT)
                        .setTriggerEventId(told.getEventId()).setAttempts(1)
                        .build());
        assertThat(probe.events(Topics.NOTIFICATION_SENT, untoldLead)).isEmpty();
        assertThat(probe.events(Topics.NOTIFICATION_FAILED, untoldLead)).isEmpty();
        assertThat(probe.events(Topics.NOTIFICATION_FAILED, toldLead)).isEmpty();
        assertThat(webhook.requests(untoldLead)).isEmpty();
        assertThat(webhook.requests(toldLead)).hasSize(1);
        assertThat(mongo.find(query(where("leadId").is(untoldLead)), NotificationDocument.class)).singleElement()
                .isEqualTo(new NotificationDocument(notificationId(untold), untoldLead, untold.getCorrelationId(),
                        "lead.assigned", untold.getEventId(),
                        new Recipient(ALICE.getId(), RecipientKind.USER, ALICE.getName()),
                        Channel.WEBHOOK, null, DANA_SUBJECT, null,
                        NotificationState.SUPPRESSED, 0, now, null, null, null, null,
                        NotificationService.SUPPRESSED_BECAUSE));
        assertThat(dueEntry(notificationId(untold))).isNull();
    }

    @Test
    void shouldNotifyTheOwnerOfALeadAssignedWrittenBeforeTheFlagExisted() {
        String leadId = newLeadId();
        LeadAssigned fromVersion2 = leadAssigned(leadId, "00v-v2", ALICE).build();

        upstream.publishRaw(Topics.LEAD_ASSIGNED, leadId, OlderWriter.encode(fromVersion2, 2));

        assertThat(probe.awaitEvent(Topics.NOTIFICATION_SENT, leadId).getNotificationId())
                .isEqualTo(notificationId(fromVersion2));
        assertThat(webhook.requests(leadId)).singleElement()
                .satisfies(call -> assertThat(call.header("Idempotency-Key")).isEqualTo(notificationId(fromVersion2)));
        assertThat(document(notificationId(fromVersion2)).state()).isEqualTo(NotificationState.SENT);
    }
}
