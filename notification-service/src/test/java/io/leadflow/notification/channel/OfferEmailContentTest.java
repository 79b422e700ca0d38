package io.leadflow.notification.channel;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.notification.domain.Assignments;
import io.leadflow.notification.domain.Channel;
import io.leadflow.notification.domain.Envelope;
import io.leadflow.notification.domain.ExpiryReason;
import io.leadflow.notification.domain.LeadFact;
import io.leadflow.notification.domain.Message;
import io.leadflow.notification.domain.Notification;
import io.leadflow.notification.domain.Offers;
import org.junit.jupiter.api.Test;

class OfferEmailContentTest {

    static Notification notification(LeadFact fact) {
        Message message = fact.message();
        Envelope envelope = new Envelope("n-1", fact.triggerEvent(), fact.eventId(), fact.correlationId(),
                fact.leadId(), Assignments.ALICE, Channel.EMAIL, "alice@example.com", message.subject());
        return new Notification(envelope, message.text(), fact);
    }

    @Test
    void shouldPutTheAcknowledgementLinkOnALineOfItsOwnAfterTheTextAndTheDeadlineAmongTheFacts() {
        Notification notification = notification(Offers.offer(Offers.LINK));

        assertThat(EmailContent.text(notification)).startsWith(notification.text() + "\n\n"
                + "Acknowledge the offer:\n" + Offers.LINK + "\n\n"
                + "Name:        Dana Reyes\n")
                .contains("Offered at:  2026-11-03T09:15:30.123Z\n", "Deadline:    2026-11-03T09:30:30.123Z\n")
                .endsWith("Sent by leadflow to Alice Archer (005-alice) about lead.offered. Notification n-1.\n");
    }

    @Test
    void shouldShowTheAcknowledgementLinkAsAButtonAndAsALinkEscaped() {
        Notification notification = notification(Offers.offer(Offers.LINK));
        String escaped = "https://leadflow.example/offers/of-1/ack?sig=a1b2&amp;who=005-alice";

        assertThat(EmailContent.html(notification))
                .contains("<p><a href=\"" + escaped + "\" style=\"display: inline-block; ")
                .contains("font-weight: bold;\">Acknowledge the offer</a></p>")
                .contains("Or open this link: <a href=\"" + escaped + "\">" + escaped + "</a></p>");
    }

    @Test
    void shouldShowNoLinkForAnOfferAcknowledgedInTheCrm() {
        Notification notification = notification(Offers.offer(null));

        assertThat(EmailContent.text(notification)).doesNotContain("Acknowledge the offer");
        assertThat(EmailContent.html(notification)).doesNotContain("<a ");
    }

    @Test
    void shouldListTheOfferAndWhoTookTheLeadForAnExpiry() {
        Notification notification = notification(Offers.expiry(ExpiryReason.TAKEN_BY_ANOTHER, Offers.BOB));

        assertThat(EmailContent.facts(notification.fact())).containsExactly(
                new EmailContent.Fact("Lead id", "00Q-1"),
                new EmailContent.Fact("Offered at", "2026-11-03T09:15:30.123Z"),
                new EmailContent.Fact("Deadline", "2026-11-03T09:30:30.123Z"),
                new EmailContent.Fact("Taken by", "Bob Baker"));
        assertThat(EmailContent.html(notification)).doesNotContain("<a ");
    }
}
