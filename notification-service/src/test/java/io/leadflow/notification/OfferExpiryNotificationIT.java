package io.leadflow.notification;

import static io.leadflow.notification.OfferEvents.leadExpired;
import static io.leadflow.notification.OfferEvents.leadOffered;
import static io.leadflow.testsupport.TestEvents.ALICE;
import static io.leadflow.testsupport.TestEvents.BOB;
import static io.leadflow.testsupport.TestEvents.newLeadId;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.events.ExpiryReason;
import io.leadflow.events.LeadExpired;
import io.leadflow.events.LeadOffered;
import io.leadflow.notification.MailServer.Received;
import io.leadflow.notification.WebhookReceiver.Request;
import io.leadflow.notification.domain.Channel;
import io.leadflow.platform.events.EventIds;
import io.leadflow.schemas.Topics;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@code lead.expired} end to end: the candidate whose offer ended is told why the lead is no longer theirs. */
class OfferExpiryNotificationIT extends AbstractNotificationIT {

    static final String DETAIL = "The offer went out as part of a blast to 3 reps.";

    @Test
    void shouldTellTheOwnerThatAnOfferNotAcknowledgedHasExpired() {
        String leadId = newLeadId();
        LeadOffered offered = leadOffered(leadId, ALICE).build();
        LeadExpired expired = leadExpired(offered, ExpiryReason.NOT_ACKNOWLEDGED).build();

        upstream.publish(Topics.LEAD_EXPIRED, expired);

        Request request = webhook.awaitRequests(leadId, 1).get(0);
        assertThat(request.header("X-Leadflow-Event")).isEqualTo("lead.expired");
        assertThat(request.header("Idempotency-Key")).isEqualTo(notificationId(expired, Channel.WEBHOOK));
        assertThat(request.json().get("subject").asString())
                .isEqualTo("Offer expired: lead " + leadId + " is no longer available to you");
        assertThat(request.json().get("text").asString())
                .contains("was not acknowledged by its deadline, " + offered.getDeadline())
                .endsWith("this lead has expired and is no longer available to you. " + DETAIL);
        assertThat(request.json().get("reason").asString()).isEqualTo("NOT_ACKNOWLEDGED");
        assertThat(request.json().get("offerId").asString()).isEqualTo(offered.getOfferId());
        assertThat(request.json().get("takenBy").isNull()).isTrue();
        assertThat(probe.awaitEvent(Topics.NOTIFICATION_SENT, leadId).getRecipient()).isEqualTo(ALICE);
    }

    @Test
    void shouldTellTheOwnerWhoTookTheLeadFirst() {
        String leadId = newLeadId();
        LeadExpired expired = leadExpired(leadOffered(leadId, ALICE).build(), ExpiryReason.TAKEN_BY_ANOTHER)
                .setTakenBy(BOB).build();

        upstream.publish(Topics.LEAD_EXPIRED, expired);

        Request request = webhook.awaitRequests(leadId, 1).get(0);
        assertThat(request.json().get("subject").asString())
                .isEqualTo("Lead taken by Bob Baker: lead " + leadId + " is no longer available to you");
        assertThat(request.json().get("text").asString()).isEqualTo("Bob Baker acknowledged lead " + leadId
                + " first: it is no longer available to you. " + DETAIL);
        assertThat(request.json().get("takenBy").get("id").asString()).isEqualTo(BOB.getId());
        assertThat(request.json().get("detail").asString()).isEqualTo(DETAIL.substring(0, DETAIL.length() - 1));
    }

    @Test
    void shouldEmailTheOwnerThatTheLeadWasWithdrawn() throws Exception {
        String leadId = newLeadId();
        LeadExpired expired = leadExpired(leadOffered(leadId, NINA).build(), ExpiryReason.WITHDRAWN).build();
        String emailId = notificationId(expired, Channel.EMAIL);

        upstream.publish(Topics.LEAD_EXPIRED, expired);

        Received received = mail.awaitMessages(emailId, 1).get(0);
        assertThat(received.rcptTo()).containsExactly(NINA_ADDRESS);
        assertThat(received.message().getSubject())
                .isEqualTo("Offer withdrawn: lead " + leadId + " is no longer available to you");
        assertThat(received.part("text/plain")).startsWith("The lead " + leadId + " was reassigned while it was "
                + "offered to you: it is no longer available to you. " + DETAIL);
        assertThat(received.part("text/html")).doesNotContain("Acknowledge the offer");
    }

    @Test
    void shouldDeadLetterAnUndecodableLeadExpiredAndCarryOn() {
        String poisoned = newLeadId();
        String healthy = leadOnSamePartitionAs(poisoned);
        byte[] garbage = "{\"leadId\": \"not avro\"}".getBytes(StandardCharsets.UTF_8);

        upstream.publishRaw(Topics.LEAD_EXPIRED, poisoned, garbage);
        upstream.publish(Topics.LEAD_EXPIRED,
                leadExpired(leadOffered(healthy, ALICE).build(), ExpiryReason.NOT_ACKNOWLEDGED).build());

        assertThat(probe.awaitDeadLetter(Topics.LEAD_EXPIRED, poisoned).value()).isEqualTo(garbage);
        assertThat(probe.awaitEvent(Topics.NOTIFICATION_SENT, healthy).getAttempts()).isEqualTo(1);
        assertThat(webhook.requests(poisoned)).isEmpty();
    }

    static String notificationId(LeadExpired event, Channel channel) {
        return EventIds.derived(event.getEventId(), event.getOwner().getId(), channel.name());
    }
}
