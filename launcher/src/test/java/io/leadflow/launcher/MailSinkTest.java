package io.leadflow.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.Message.RecipientType;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MailSinkTest {

    @TempDir
    Path dataDir;

    @Test
    void shouldWriteEachMessageToAFileOfItsOwnAndSayWhere() throws Exception {
        List<MailSink.Mail> mailed = new CopyOnWriteArrayList<>();
        try (MailSink sink = MailSink.start(0, dataDir.resolve("mail"), mailed::add)) {
            Session session = Session.getInstance(new Properties());
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress("leadflow <notifications@leadflow.localhost>"));
            message.setRecipient(RecipientType.TO, new InternetAddress("Alice Archer <alice.archer@leadflow.localhost>"));
            message.setSubject("New lead assigned to you: Dana Reyes (Acme Corp)", "UTF-8");
            message.setHeader("X-Leadflow-Lead-Id", "00Q-1");
            message.setText("Dana Reyes responded.", "UTF-8");

            Transport transport = session.getTransport("smtp");
            transport.connect("127.0.0.1", sink.port(), null, null);
            transport.sendMessage(message, message.getAllRecipients());
            transport.close();

            await().until(() -> mailed.size() == 1);
        }
        MailSink.Mail mail = mailed.get(0);
        assertThat(mail.from()).isEqualTo("notifications@leadflow.localhost");
        assertThat(mail.to()).containsExactly("alice.archer@leadflow.localhost");
        assertThat(mail.subject()).isEqualTo("New lead assigned to you: Dana Reyes (Acme Corp)");
        assertThat(mail.leadId()).isEqualTo("00Q-1");
        assertThat(mail.file().getParent()).isEqualTo(dataDir.resolve("mail"));
        assertThat(mail.file().getFileName().toString()).endsWith("-0001-alice.archer@leadflow.localhost.eml");
        try (Stream<Path> files = Files.list(dataDir.resolve("mail"))) {
            assertThat(files).containsExactly(mail.file());
        }
        try (InputStream in = Files.newInputStream(mail.file())) {
            MimeMessage written = new MimeMessage(Session.getInstance(new Properties()), in);
            assertThat(written.getSubject()).isEqualTo("New lead assigned to you: Dana Reyes (Acme Corp)");
            assertThat(written.getContent()).isEqualTo("Dana Reyes responded.");
            assertThat(written.getHeader("To", ",")).isEqualTo("Alice Archer <alice.archer@leadflow.localhost>");
        }
    }

    @Test
    void shouldPointNotificationServiceAtTheSinkWithTheDemoUsersPreferences() {
        assertThat(Platform.mailSinkArguments(8025)).containsExactly(
                "--leadflow.notification.email.host=127.0.0.1",
                "--leadflow.notification.email.port=8025",
                "--leadflow.notification.email.tls=none",
                "--leadflow.notification.email.username=",
                "--leadflow.notification.email.password=",
                "--leadflow.notification.recipients[005-alice].channels=EMAIL,WEBHOOK",
                "--leadflow.notification.recipients[005-alice].email=alice.archer@leadflow.localhost",
                "--leadflow.notification.recipients[005-priya].channels=EMAIL",
                "--leadflow.notification.recipients[005-priya].email=priya.patel@leadflow.localhost");
    }
}
