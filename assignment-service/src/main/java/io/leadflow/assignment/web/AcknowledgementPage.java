package io.leadflow.assignment.web;

import io.leadflow.assignment.domain.Assignment;
import io.leadflow.assignment.domain.LeadAttributes;
import io.leadflow.assignment.domain.offer.Offer;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.util.HtmlUtils;

/**
 * The small HTML pages of the acknowledgement link: what a rep sees in the browser after clicking it in their
 * email. Every value from the lead is escaped.
 */
final class AcknowledgementPage {

    private AcknowledgementPage() {
    }

    /** The open offer, with the button that acknowledges it (a POST, so mail scanners following links do not). */
    static String open(Assignment assignment, Offer offer, String actionUrl) {
        return page("Lead offered to you", "<p>This lead is offered to <b>" + esc(offer.candidate().label())
                + "</b>. Acknowledge it by <b>" + esc(offer.deadline().toString()) + "</b> (UTC) to make it yours;"
                + " after that it goes to someone else.</p>" + lead(assignment)
                + "<form method=\"post\" action=\"" + esc(actionUrl) + "\">"
                + "<button type=\"submit\">Acknowledge: the lead is mine</button></form>");
    }

    static String acknowledged(Assignment assignment, Offer offer) {
        return page("The lead is yours", "<p>You acknowledged this lead at " + esc(offer.closedAt().toString())
                + " (UTC). Contact them now.</p>" + lead(assignment));
    }

    /** What a rep whose offer ended sees: the lead is no longer theirs, and why. */
    static String gone(Offer offer) {
        return page("This lead is no longer available", "<p>This lead has expired and is no longer available to you."
                + "</p><p class=\"why\">" + esc(offer.detail() == null ? "" : offer.detail()) + ".</p>");
    }

    static String invalid() {
        return page("Link not valid", "<p>This acknowledgement link is not valid. Use the link from your"
                + " notification as it is.</p>");
    }

    private static String lead(Assignment assignment) {
        LeadAttributes lead = assignment.lead().attributes();
        List<String> rows = new ArrayList<>();
        row(rows, "Name", join(lead.firstName(), lead.lastName()));
        row(rows, "Title", lead.title());
        row(rows, "Company", lead.company());
        row(rows, "Email", lead.email());
        row(rows, "Country", join(lead.country(), lead.state()));
        row(rows, "Why you", assignment.reason());
        return "<table>" + String.join("", rows) + "</table>";
    }

    private static void row(List<String> rows, String label, String value) {
        if (value != null && !value.isBlank()) {
            rows.add("<tr><th>" + label + "</th><td>" + esc(value) + "</td></tr>");
        }
    }

    private static String join(String first, String second) {
        return ((first == null ? "" : first) + " " + (second == null ? "" : second)).trim();
    }

    private static String page(String title, String body) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + esc(title)
                + " · leadflow</title><style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:3rem auto;"
                + "padding:0 1rem;color:#1f2933}h1{font-size:1.4rem}th{text-align:left;padding-right:1rem;"
                + "color:#52606d;font-weight:500}button{background:#2563eb;color:#fff;border:0;border-radius:6px;"
                + "padding:.7rem 1.2rem;font-size:1rem;cursor:pointer;margin-top:1rem}.why{color:#52606d}</style>"
                + "</head><body><h1>" + esc(title) + "</h1>" + body + "</body></html>";
    }

    private static String esc(String text) {
        return HtmlUtils.htmlEscape(text);
    }
}
