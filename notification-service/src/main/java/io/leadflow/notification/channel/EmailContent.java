package io.leadflow.notification.channel;

import io.leadflow.notification.domain.LeadAssignment;
import io.leadflow.notification.domain.LeadFact;
import io.leadflow.notification.domain.LeadFacts;
import io.leadflow.notification.domain.LeadOffer;
import io.leadflow.notification.domain.Notification;
import io.leadflow.notification.domain.OfferExpiry;
import io.leadflow.notification.domain.Recipient;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What an email says, once as plain text and once as HTML (the two parts of one multipart/alternative message):
 * the notification's text, the link that acknowledges an offer (when it has one), what is known about the lead,
 * and a line saying who it was sent to and why. Every value in the HTML is escaped: lead facts come from upstream
 * systems and may hold anything.
 */
final class EmailContent {

    /** What the acknowledgement link is called, in both parts. */
    static final String ACKNOWLEDGE = "Acknowledge the offer";

    private EmailContent() {
    }

    /** One line of the lead's details: a label and a value that is known. */
    record Fact(String label, String value) {
    }

    static String text(Notification notification) {
        StringBuilder text = new StringBuilder(notification.text()).append("\n\n");
        String link = acknowledgeUrl(notification);
        if (present(link)) {
            text.append(ACKNOWLEDGE).append(":\n").append(link).append("\n\n");
        }
        List<Fact> facts = facts(notification.fact());
        int width = facts.stream().mapToInt(fact -> fact.label().length()).max().orElse(0) + 3;
        for (Fact fact : facts) {
            text.append(String.format("%-" + width + "s%s", fact.label() + ":", fact.value())).append('\n');
        }
        return text.append("\n-- \n").append(footer(notification)).append('\n').toString();
    }

    static String html(Notification notification) {
        StringBuilder html = new StringBuilder()
                .append("<!DOCTYPE html>\n")
                .append("<html lang=\"en\">\n")
                .append("<head>\n")
                .append("<meta charset=\"UTF-8\">\n")
                .append("<title>").append(escape(notification.envelope().subject())).append("</title>\n")
                .append("</head>\n")
                .append("<body style=\"font-family: Arial, Helvetica, sans-serif; font-size: 14px; color: #222;\">\n")
                .append("<p>").append(escape(notification.text())).append("</p>\n");
        String link = acknowledgeUrl(notification);
        if (present(link)) {
            html.append("<p><a href=\"").append(escape(link)).append("\" style=\"display: inline-block; ")
                    .append("padding: 10px 20px; background: #1a73e8; color: #fff; text-decoration: none; ")
                    .append("border-radius: 4px; font-weight: bold;\">").append(ACKNOWLEDGE).append("</a></p>\n")
                    .append("<p style=\"font-size: 12px; color: #555;\">Or open this link: <a href=\"")
                    .append(escape(link)).append("\">").append(escape(link)).append("</a></p>\n");
        }
        html.append("<table style=\"border-collapse: collapse;\">\n");
        for (Fact fact : facts(notification.fact())) {
            html.append("<tr><th style=\"text-align: left; padding: 2px 16px 2px 0; color: #555;\">")
                    .append(escape(fact.label())).append("</th><td>").append(escape(fact.value())).append("</td></tr>\n");
        }
        return html.append("</table>\n")
                .append("<p style=\"color: #777; font-size: 12px;\">").append(escape(footer(notification)))
                .append("</p>\n")
                .append("</body>\n")
                .append("</html>\n")
                .toString();
    }

    /** The link that acknowledges an offer; null for any other fact, and for an offer acknowledged in the CRM. */
    static String acknowledgeUrl(Notification notification) {
        return notification.fact().accept(new LeadFact.Cases<String>() {
            @Override
            public String assigned(LeadAssignment assignment) {
                return null;
            }

            @Override
            public String offered(LeadOffer offer) {
                return offer.acknowledgeUrl();
            }

            @Override
            public String expired(OfferExpiry expiry) {
                return null;
            }
        });
    }

    /** The known details of the fact and its lead, in a fixed order per kind; unknown ones are left out. */
    static List<Fact> facts(LeadFact fact) {
        return fact.accept(new LeadFact.Cases<List<Fact>>() {
            @Override
            public List<Fact> assigned(LeadAssignment assignment) {
                List<Fact> facts = leadFacts(assignment.lead());
                add(facts, "Campaign", assignment.campaignId());
                add(facts, "Lead id", assignment.leadId());
                return facts;
            }

            @Override
            public List<Fact> offered(LeadOffer offer) {
                List<Fact> facts = leadFacts(offer.lead());
                add(facts, "Campaign", offer.campaignId());
                add(facts, "Offered at", offer.offeredAt().toString());
                add(facts, "Deadline", offer.deadline().toString());
                add(facts, "Lead id", offer.leadId());
                return facts;
            }

            @Override
            public List<Fact> expired(OfferExpiry expiry) {
                List<Fact> facts = new ArrayList<>();
                add(facts, "Lead id", expiry.leadId());
                add(facts, "Offered at", expiry.offeredAt().toString());
                add(facts, "Deadline", expiry.deadline().toString());
                if (expiry.takenBy() != null) {
                    add(facts, "Taken by", present(expiry.takenBy().name()) ? expiry.takenBy().name()
                            : expiry.takenBy().id());
                }
                return facts;
            }
        });
    }

    private static List<Fact> leadFacts(LeadFacts lead) {
        List<Fact> facts = new ArrayList<>();
        add(facts, "Name", joined(" ", lead.firstName(), lead.lastName()));
        add(facts, "Title", lead.title());
        add(facts, "Company", lead.company());
        add(facts, "Email", lead.email());
        add(facts, "Location", joined(", ", lead.state(), lead.country()));
        add(facts, "Score", lead.score() == null ? null : lead.score().toString());
        add(facts, "Status", lead.status());
        return facts;
    }

    /** Who it was sent to and which notification it is, so a reader can look it up in the delivery log. */
    static String footer(Notification notification) {
        Recipient recipient = notification.envelope().recipient();
        String who = present(recipient.name()) ? recipient.name() + " (" + recipient.id() + ")" : recipient.id();
        return "Sent by leadflow to " + who + " about " + notification.envelope().triggerEvent() + ". Notification "
                + notification.envelope().notificationId() + ".";
    }

    /** Text as HTML element content or a quoted attribute value. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    private static void add(List<Fact> facts, String label, String value) {
        if (present(value)) {
            facts.add(new Fact(label, value.strip()));
        }
    }

    private static String joined(String separator, String... parts) {
        return Stream.of(parts).filter(EmailContent::present).map(String::strip).collect(Collectors.joining(separator));
    }

    private static boolean present(String value) {
        return Objects.nonNull(value) && !value.isBlank();
    }
}
