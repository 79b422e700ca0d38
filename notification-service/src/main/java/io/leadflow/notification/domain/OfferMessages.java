package io.leadflow.notification.domain;

import java.time.Duration;

/**
 * Writes what a candidate is told about a lead offered to them: who the lead is, and that it is theirs only if they
 * acknowledge it by the deadline. The acknowledgement link itself is left to the channel, which shows it as a link
 * or a field of its own: a subject travels in outcome events and the delivery log, where a credential must not.
 */
public final class OfferMessages {

    private OfferMessages() {
    }

    public static Message compose(LeadOffer offer) {
        String subject = "Lead offered to you: " + Facts.leadHeadline(offer.lead(), offer.leadId())
                + " - acknowledge by " + Facts.readable(offer.deadline());
        return new Message(subject, text(offer));
    }

    private static String text(LeadOffer offer) {
        LeadFacts lead = offer.lead();
        StringBuilder text = new StringBuilder(Facts.leadWithDetails(lead, offer.leadId()));
        if (Facts.present(offer.campaignId())) {
            text.append(" responded to campaign ").append(offer.campaignId()).append(" and");
        }
        text.append(" is offered to you. Acknowledge it ")
                .append(Facts.present(offer.acknowledgeUrl()) ? "with the acknowledgement link" : "in your CRM")
                .append(" by ").append(offer.deadline())
                .append(" (").append(Facts.readable(offer.deadline())).append("), within ")
                .append(Facts.span(Duration.between(offer.offeredAt(), offer.deadline())))
                .append(", to make it yours.");
        if (lead.score() != null) {
            text.append(" Score: ").append(lead.score()).append('.');
        }
        if (Facts.present(offer.reason())) {
            text.append(" Why: ").append(Facts.sentence(offer.reason()));
        }
        return text.toString();
    }
}
