package io.leadflow.notification.channel;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.notification.MailServer;
import io.leadflow.notification.MailServer.Received;
import io.leadflow.notification.config.NotificationProperties;
import io.leadflow.notification.config.NotificationProperties.Email.Tls;
import io.leadflow.notification.domain.Assignments;
import io.leadflow.notification.domain.Channel;
import io.leadflow.notification.domain.DeliveryResult;
import io.leadflow.notification.domain.Envelope;
import io.leadflow.notification.domain.RecipientDirectory;
import io.leadflow.notification.domain.RecipientDirectory.Contact;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The email channel against a real SMTP server (GreenMail, see {@link MailServer}), without Spring or Kafka. */
class EmailChannelTest {

    static final Duration TIMEOUT = Duration.ofMillis(300);
    static final Instant NOW = Instant.parse("2026-11-03T09:15:31Z");
    static final String ALICE_ADDRESS = "alice@example.com";
    static final String FROM = "leadflow <notifications@leadflow.test>";

    final MailServer mail = MailServer.start();
    final List<EmailChannel> channels = new ArrayList<>();

    @AfterEach
    void stop() {
        channels.forEach(EmailChannel::close);
        mail.close();
    }

    /** Email settings for tests: plain SMTP, no login, the given server and time limit, 4 connections. */
    public static NotificationProperties.Email email(String host, int port, Duration timeout) {
        return new NotificationProperties.Email(host, port, null, null, Tls.NONE, FROM, timeout, 4);
    }

    EmailChannel channel(NotificationProperties.Email email, int maxInFlight) {
        NotificationProperties properties = new NotificationProperties(
                new NotificationProperties.Webhook("http://127.0.0.1:1/notifications", Map.of(), TIMEOUT), email,
                Map.of(),
                new NotificationProperties.Retry(Duration.ofSeconds(2), 2, Duration.ofMinutes(5), 5,
                        Duration.ofSeconds(1), Duration.ofMinutes(1)),
                new NotificationProperties.Delivery(maxInFlight, 10000));
        RecipientDirectory recipients = new RecipientDirectory(Map.of(
                Assignments.ALICE.id(), new Contact(List.of(Channel.EMAIL), ALICE_ADDRESS, null)));
        EmailChannel channel = new EmailChannel(properties, recipients, Clock.fixed(NOW, ZoneOffset.UTC));
        channels.add(channel);
        return channel;
    }

    EmailChannel channel() {
        return channel(email("127.0.0.1", mail.port(), TIMEOUT), 64);
    }

    static Envelope envelope(String destination) {
        return new Envelope("n-1", "lead.assigned", "evt-1", "corr-1", "00Q-1", Assignments.ALICE, Channel.EMAIL,
                destination, "New lead assigned to you: Dana Reyes (Acme Corp)");
    }

    String payload(EmailChannel channel) {
        return channel.render(EmailContentTest.notification(Assignments.assignment(), Assignments.ALICE));
    }

    String server() {
        return "smtp://127.0.0.1:" + mail.port();
    }

    @Test
    void shouldSendAPlainTextAndAnHtmlPartFromTheSenderToTheRecipient() throws Exception {
        EmailChannel channel = channel();

        DeliveryResult result = channel.deliver(envelope(ALICE_ADDRESS), payload(channel)).join();

        assertThat(result).isEqualTo(DeliveryResult.delivered());
        Received received = mail.awaitMessages("n-1", 1).get(0);
        assertThat(received.mailFrom()).isEqualTo("notifications@leadflow.test");
        assertThat(received.rcptTo()).containsExactly(ALICE_ADDRESS);
        assertThat(received.header("From")).isEqualTo(FROM);
        assertThat(received.header("To")).isEqualTo("Alice Archer <alice@example.com>");
        assertThat(received.message().getSubject()).isEqualTo("New lead assigned to you: Dana Reyes (Acme Corp)");
        assertThat(received.message().getSentDate()).isEqualTo(Date.from(NOW));
        assertThat(received.header("Message-ID")).isEqualTo("<n-1@leadflow.test>");
        assertThat(received.header("X-Leadflow-Notification-Id")).isEqualTo("n-1");
        assertThat(received.header("X-Leadflow-Event")).isEqualTo("lead.assigned");
        assertThat(received.header("X-Leadflow-Lead-Id")).isEqualTo("00Q-1");
        assertThat(received.message().isMimeType("multipart/alternative")).isTrue();
        assertThat(received.partTypes()).containsExactly("text/plain; charset=UTF-8", "text/html; charset=UTF-8");
        assertThat(received.part("text/plain")).isEqualToNormalizingNewlines(EmailContentTest.DANA_TEXT);
        assertThat(received.part("text/html")).isEqualToNormalizingNewlines(EmailContentTest.DANA_HTML);
    }

    @Test
    void shouldSendTheStoredMessageUnchangedOnEveryAttempt() throws Exception {
        EmailChannel channel = channel();
        String payload = payload(channel);

        channel.deliver(envelope(ALICE_ADDRESS), payload).join();
        channel.deliver(envelope(ALICE_ADDRESS), payload).join();

        List<Received> received = mail.awaitMessages("n-1", 2);
        assertThat(received).extracting(mail -> mail.header("Message-ID"))
                .containsExactly("<n-1@leadflow.test>", "<n-1@leadflow.test>");
        assertThat(received.get(1).part("text/html")).isEqualTo(received.get(0).part("text/html"));
        assertThat(payload).contains("Message-ID: <n-1@leadflow.test>", "Content-Type: multipart/alternative");
    }

    @Test
    void shouldReportAMailboxTheServerRefusesAsPermanent() {
        EmailChannel channel = channel();
        mail.script(ALICE_ADDRESS, "550 5.1.1 <alice@example.com>: Recipient address rejected");

        assertThat(channel.deliver(envelope(ALICE_ADDRESS), payload(channel)).join()).isEqualTo(
                DeliveryResult.permanent("SMTP 550 from " + server() + " for " + ALICE_ADDRESS
                        + ": 550 5.1.1 <alice@example.com>: Recipient address rejected"));
        assertThat(mail.received("n-1")).isEmpty();
    }

    @Test
    void shouldReportAMailboxTheServerDefersAsRetryable() {
        EmailChannel channel = channel();
        mail.script(ALICE_ADDRESS, "451 4.3.0 Mailbox busy, try again later");

        assertThat(channel.deliver(envelope(ALICE_ADDRESS), payload(channel)).join()).isEqualTo(
                DeliveryResult.retryable("SMTP 451 from " + server() + " for " + ALICE_ADDRESS
                        + ": 451 4.3.0 Mailbox busy, try again later"));
        assertThat(mail.received("n-1")).isEmpty();
    }

    @Test
    void shouldReportWhatIsNotAnAddressAsPermanent() {
        EmailChannel channel = channel();

        DeliveryResult result = channel.deliver(envelope("alice at example"), payload(channel)).join();

        assertThat(result.kind()).isEqualTo(DeliveryResult.Kind.PERMANENT);
        assertThat(result.reason()).startsWith("not an email address: alice at example (");
    }

    @Test
    void shouldLogInWithTheConfiguredCredentials() {
        mail.addUser("leadflow", "s3cret");
        EmailChannel channel = channel(new NotificationProperties.Email("127.0.0.1", mail.port(), "leadflow", "s3cret",
                Tls.NONE, FROM, TIMEOUT, 4), 64);

        assertThat(channel.deliver(envelope(ALICE_ADDRESS), payload(channel)).join())
                .isEqualTo(DeliveryResult.delivered());
        assertThat(mail.awaitMessages("n-1", 1)).hasSize(1);
    }

    @Test
    void shouldReportRefusedCredentialsAsPermanent() {
        mail.addUser("leadflow", "s3cret");
        EmailChannel channel = channel(new NotificationProperties.Email("127.0.0.1", mail.port(), "leadflow", "wrong",
                Tls.NONE, FROM, TIMEOUT, 4), 64);

        DeliveryResult result = channel.deliver(envelope(ALICE_ADDRESS), payload(channel)).join();

        assertThat(result.kind()).isEqualTo(DeliveryResult.Kind.PERMANENT);
        assertThat(result.reason()).startsWith("login refused by " + server() + ": 535 ");
        assertThat(mail.received("n-1")).isEmpty();
    }

    @Test
    void shouldSendNothingInPlainTextWhenStartTlsIsRequiredButNotOffered() {
        EmailChannel channel = channel(new NotificationProperties.Email("127.0.0.1", mail.port(), null, null,
                Tls.REQUIRED, FROM, TIMEOUT, 4), 64);

        assertThat(channel.deliver(envelope(ALICE_ADDRESS), payload(channel)).join()).isEqualTo(
                DeliveryResult.retryable("failed talking to " + server()
                        + ": STARTTLS is required but host does not support STARTTLS"));
        assertThat(mail.received("n-1")).isEmpty();
    }

    @Test
    void shouldReportARefusedConnectionAsRetryable() {
        EmailChannel channel = channel();
        mail.stop();

        assertThat(channel.deliver(envelope(ALICE_ADDRESS), payload(channel)).join())
                .isEqualTo(DeliveryResult.retryable("connection refused by " + server()));
    }

    @Test
    void shouldReturnAtOnceAndGiveUpOnAServerThatDoesNotAnswerInTime() {
        try (SilentServer silent = new SilentServer()) {
            EmailChannel channel = channel(email("127.0.0.1", silent.port(), TIMEOUT), 64);
            String payload = payload(channel);

            CompletableFuture<DeliveryResult> attempt = channel.deliver(envelope(ALICE_ADDRESS), payload);

            assertThat(attempt).isNotDone();
            assertThat(attempt.join()).isEqualTo(DeliveryResult.retryable(
                    "no answer from smtp://127.0.0.1:" + silent.port() + " within 300ms"));
        }
    }

    @Test
    void shouldFailAtOnceRatherThanQueueMoreSendsThanAttemptsMayBeInFlight() {
        try (SilentServer silent = new SilentServer()) {
            EmailChannel channel = channel(new NotificationProperties.Email("127.0.0.1", silent.port(), null, null,
                    Tls.NONE, FROM, Duration.ofSeconds(5), 1), 1);
            String payload = payload(channel);

            CompletableFuture<DeliveryResult> sending = channel.deliver(envelope(ALICE_ADDRESS), payload);
            silent.awaitConnections(1);
            CompletableFuture<DeliveryResult> waiting = channel.deliver(envelope(ALICE_ADDRESS), payload);
            CompletableFuture<DeliveryResult> refused = channel.deliver(envelope(ALICE_ADDRESS), payload);

            assertThat(refused).isCompletedWithValue(DeliveryResult.retryable("no sender free for smtp://127.0.0.1:"
                    + silent.port() + ": too many emails waiting"));
            assertThat(sending).isNotDone();
            assertThat(waiting).isNotDone();
            assertThat(silent.connections()).isEqualTo(1);
        }
    }

    /** Accepts connections and never says a word: an SMTP server that hangs before its greeting. */
    static final class SilentServer implements AutoCloseable {

        private final ServerSocket socket;
        private final List<Socket> accepted = new CopyOnWriteArrayList<>();

        SilentServer() {
            try {
                socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Thread acceptor = new Thread(() -> {
                try {
                    while (!socket.isClosed()) {
                        accepted.add(socket.accept());
                    }
                } catch (IOException closed) {
                    // Closed by close().
                }
            }, "silent-smtp");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        int port() {
            return socket.getLocalPort();
        }

        int connections() {
            return accepted.size();
        }

        void awaitConnections(int count) {
            org.awaitility.Awaitility.await().until(() -> accepted.size() >= count);
        }

        @Override
        public void close() {
            try {
                socket.close();
                for (Socket each : accepted) {
                    each.close();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
