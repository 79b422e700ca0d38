package io.leadflow.notification.channel;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.notification.domain.AssignmentMessages;
import io.leadflow.notification.domain.AssignmentMethod;
import io.leadflow.notification.domain.Assignments;
import io.leadflow.notification.domain.Channel;
import io.leadflow.notification.domain.Envelope;
import io.leadflow.notification.domain.LeadAssignment;
import io.leadflow.notification.domain.LeadFacts;
import io.leadflow.notification.domain.Notification;
import io.leadflow.notification.domain.Recipient;
import io.leadflow.notification.domain.RecipientKind;
import io.leadflow.schemas.Topics;
import org.junit.jupiter.api.Test;

class EmailContentTest {

    /** The plain-text part for the object mother's assignment (Dana Reyes of Acme Corp, to Alice). */
    static final String DANA_TEXT = """
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
            Lead id:   00Q-1

            --\s
            Sent by leadflow to Alice Archer (005-alice) about lead.assigned. Notification n-1.
            """;

    /** The HTML part for the same. */
    static final String DANA_HTML = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="UTF-8">
            <title>New lead assigned to you: Dana Reyes (Acme Corp)</title>
            </head>
            <body style="font-family: Arial, Helvetica, sans-serif; font-size: 14px; color: #222;">
            <p>Dana Reyes (VP Operations, Acme Corp, US) responded to campaign 701-spring-webinar and is now yours. \
            Score: 85. Why: Matchmaker moved the lead off Lead Routing Queue.</p>
            <table style="border-collapse: collapse;">
            <tr><th style="text-align: left; padding: 2px 16px 2px 0; color: #555;">Name</th><td>Dana Reyes</td></tr>
            <tr><th style="text-align: left; padding: 2px 16px 2px 0; color: #555;">Title</th><td>VP Operations</td></tr>
            <tr><th style="text-align: left; padding: 2px 16px 2px 0; color: #555;">Company</th><td>Acme Corp</td></tr>
            <tr><th style="text-align: left; padding: 2px 16px 2px 0; color: #555;">Email</th>\
            <td>dana.reyes@acme.example</td></tr>
            <tr><th style="text-align: left; padding: 2px 16px 2px 0; color: #555;">Location</th><td>CA, US</td></tr>
            <tr><th style="text-align: left; padding: 2px 16px 2px 0; color: #555;">Score</th><td>85</td></tr>
            <tr><th style="text-align: left; padding: 2px 16px 2px 0; color: #555;">Status</th><td>Open</td></tr>
            <tr><th style="text-align: left; padding: 2px 16px 2px 0; color: #555;">Campaign</th>\
            <td>701-spring-webinar</td></tr>
            <tr><th style="text-align: left; padding: 2px 16px 2px 0; color: #555;">Lead id</th><td>00Q-1</td></tr>
            </table>
            <p style="color: #777; font-size: 12px;">Sent by leadflow to Alice Archer (005-alice) about lead.assigned. \
            Notification n-1.</p>
            </body>
            </html>
            """;

    static Notification notification(LeadAssignment assignment, Recipient recipient) {
        String subject = AssignmentMessages.compose(assignment).subject();
        Envelope envelope = new Envelope("n-1", Topics.Names.LEAD_ASSIGNED, "evt-1", "corr-1", assignment.leadId(),
                recipient, Channel.EMAIL, "alice@example.com", subject);
        return new Notification(envelope, AssignmentMessages.compose(assignment).text(), assignment);
    }

    @Test
    void shouldWriteTheTextTheLeadsDetailsAndWhoItWasSentTo() {
        Notification notification = notification(Assignments.assignment(), Assignments.ALICE);

        assertThat(EmailContent.text(notification)).isEqualTo(DANA_TEXT);
        assertThat(EmailContent.html(notification)).isEqualTo(DANA_HTML);
    }

    @Test
    void shouldEscapeEverythingTheHtmlPartQuotesAndLeaveTheTextPartAsItIs() {
        LeadFacts odd = new LeadFacts("<script>alert('x')</script>", null, null, "R&D \"Lead\"", "Smith & <Sons>",
                null, null, null, null);
        LeadAssignment assignment = Assignments.assignment(AssignmentMethod.EXTERNAL_ENGINE, odd);
        Recipient owner = new Recipient("005-o'neil", RecipientKind.USER, "Pat <O'Neil>");

        Notification notification = notification(assignment, owner);
        String html = EmailContent.html(notification);

        assertThat(html)
                .contains("<title>New lead assigned to you: &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; "
                        + "(Smith &amp; &lt;Sons&gt;)</title>")
                .contains("<td>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</td>")
                .contains("<td>R&amp;D &quot;Lead&quot;</td>")
                .contains("<td>Smith &amp; &lt;Sons&gt;</td>")
                .contains("Sent by leadflow to Pat &lt;O&#39;Neil&gt; (005-o&#39;neil)")
                .doesNotContain("<script>", "<Sons>", "\"Lead\"");
        assertThat(EmailContent.text(notification))
                .contains("Name:      <script>alert('x')</script>\n", "Title:     R&D \"Lead\"\n",
                        "Company:   Smith & <Sons>\n", "Sent by leadflow to Pat <O'Neil> (005-o'neil)");
    }

    @Test
    void shouldLeaveOutWhatIsNotKnownAboutTheLead() {
        LeadFacts unknown = new LeadFacts(null, null, "dana@acme.example", null, null, null, null, null, null);
        LeadAssignment assignment = Assignments.assignment(AssignmentMethod.OWNER_RETAINED, unknown);

        String text = EmailContent.text(notification(assignment, new Recipient("00G-inbound", RecipientKind.QUEUE, null)));

        assertThat(text).isEqualTo("""
                dana@acme.example responded again to campaign 701-spring-webinar and stays with you. \
                Why: Matchmaker moved the lead off Lead Routing Queue.

                Email:     dana@acme.example
                Campaign:  701-spring-webinar
                Lead id:   00Q-1

                --\s
                Sent by leadflow to 00G-inbound about lead.assigned. Notification n-1.
                """);
    }
}
