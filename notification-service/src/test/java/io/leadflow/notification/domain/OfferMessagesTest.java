package io.leadflow.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadflow.platform.events.InvalidEventException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class OfferMessagesTest {

    @Test
    void shouldNameTheLeadAndTheDeadlineInTheSubjectButNeverTheLink() {
        Message message = OfferMessages.compose(Offers.offer(Offers.LINK));

        assertThat(message.subject())
                .isEqualTo("Lead offered to you: Dana Reyes (Acme Corp) - acknowledge by Tue 3 Nov 2026, 09:30 UTC");
    }

    @Test
    void shouldSayWhoTheLeadIsAndByWhenAndWithinHowLongToAcknowledgeIt() {
        Message message = OfferMessages.compose(Offers.offer(Offers.LINK));

        assertThat(message.text()).isEqualTo("Dana Reyes (VP Operations, Acme Corp, US) responded to campaign "
                + "701-spring-webinar and is offered to you. Acknowledge it with the acknowledgement link by "
                + "2026-11-03T09:30:30.123Z (Tue 3 Nov 2026, 09:30 UTC), within 15 minutes, to make it yours. "
                + "Score: 85. Why: Blast to the AMER SDRs.");
    }

    @Test
    void shouldSendTheCandidateToTheCrmWhenTheOfferHasNoLink() {
        Message message = OfferMessages.compose(Offers.offer(null));

        assertThat(message.text()).contains(" Acknowledge it in your CRM by 2026-11-03T09:30:30.123Z ");
    }

    @Test
    void shouldSayHowLongThereIsToAcknowledgeInWholeUnits() {
        assertThat(Facts.span(Duration.ofMinutes(90))).isEqualTo("1 hour 30 minutes");
        assertThat(Facts.span(Duration.ofSeconds(61))).isEqualTo("1 minute 1 second");
        assertThat(Facts.span(Duration.ofDays(2))).isEqualTo("2 days");
        assertThat(Facts.span(Duration.ofMillis(300))).isEqualTo("less than a second");
        assertThat(Facts.span(Duration.ofMinutes(-1))).isEqualTo("0 seconds");
    }

    @Test
    void shouldRejectAnOfferWithoutCandidate() {
        Recipient nobody = new Recipient(" ", RecipientKind.USER, "Nobody");

        assertThatThrownBy(() -> new LeadOffer("lead.offered", "evt-1", "corr-1", "00Q-1", "00v-1", null, "asg-1",
                "of-1", nobody, Offers.OFFERED_AT, Offers.DEADLINE, 0, OfferKind.ROUTING, null, "why",
                Assignments.DANA, true))
                .isInstanceOf(InvalidEventException.class)
                .hasMessage("lead.offered event evt-1 for lead 00Q-1 has no candidate id: nobody to notify");
    }
}
