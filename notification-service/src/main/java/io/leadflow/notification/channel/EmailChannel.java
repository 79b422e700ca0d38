package io.leadflow.notification.channel;

import io.leadflow.notification.config.NotificationProperties;
import io.leadflow.notification.config.NotificationProperties.Email.Tls;
import io.leadflow.notification.domain.Channel;
import io.leadflow.notification.domain.DeliveryChannel;
import io.leadflow.notification.domain.DeliveryResult;
import io.leadflow.notification.domain.Envelope;
import io.leadflow.notification.domain.Notification;
import io.leadflow.notification.domain.Recipient;
import io.leadflow.notification.domain.RecipientDirectory;
import jakarta.mail.Address;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.Properties;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Delivers notifications as email through the configured SMTP server: one multipart/alternative message with a
 * plain-text part and an HTML part. The whole message (RFC 5322, as it goes over the wire) is rendered once and
 * stored as the payload, and every attempt sends it unchanged: a retry carries the same {@code Message-ID}, so a
 * mail client can drop a repeat.
 *
 * <p>Jakarta Mail speaks SMTP over blocking sockets, so sends run on a small pool of sender threads, at most
 * {@code email.max-concurrent} connections at once, never on the caller's thread: {@link #deliver} queues the send
 * and returns at once. The queue holds at most {@code delivery.max-concurrent} sends (the dispatcher never has
 * more attempts in flight); beyond that an attempt fails at once, retryably. An attempt that is not over within
 * {@code email.timeout}, the wait for a sender included, ends as a retryable failure, and a queued send whose
 * attempt is already over is dropped. Connecting, and each answer of the server, time out after
 * {@code email.timeout} too, so a thread stuck on a silent server is freed soon after.
 */
@Component
public class EmailChannel implements DeliveryChannel, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmailChannel.class);

    /** The notification id, on every attempt the same: what a receiver can drop repeats by. */
    static final String NOTIFICATION_ID_HEADER = "X-Leadflow-Notification-Id";
    static final String EVENT_HEADER = "X-Leadflow-Event";
    static final String LEAD_ID_HEADER = "X-Leadflow-Lead-Id";
    private static final String UTF_8 = StandardCharsets.UTF_8.name();

    private final NotificationProperties.Email settings;
    private final RecipientDirectory recipients;
    private final Clock clock;
    private final InternetAddress from;
    /** The server as the delivery log names it, e.g. {@code smtp://mail.example.com:587}. */
    private final String server;
    private final ScheduledExecutorService writeTimeouts;
    private final Session session;
    private final ThreadPoolExecutor senders;

    public EmailChannel(NotificationProperties properties, RecipientDirectory recipients, Clock clock) {
        this.settings = properties.email();
        this.recipients = recipients;
        this.clock = clock;
        try {
            this.from = InternetAddress.parse(settings.from(), true)[0];
        } catch (AddressException e) {
            throw new IllegalArgumentException("email.from is not an address: " + settings.from(), e);
        }
        String protocol = settings.tls() == Tls.IMPLICIT ? "smtps" : "smtp";
        this.server = protocol + "://" + settings.host() + ":" + settings.port();
        // One thread closes sockets whose writes hang, for all connections (else Jakarta Mail starts one each).
        this.writeTimeouts = Executors.newSingleThreadScheduledExecutor(daemonThreads("email-write-timeouts"));
        this.session = Session.getInstance(sessionProperties(protocol));
        this.senders = new ThreadPoolExecutor(settings.maxConcurrent(), settings.maxConcurrent(), 1, TimeUnit.MINUTES,
                new ArrayBlockingQueue<>(properties.delivery().maxConcurrent()), daemonThreads("email-sender"));
        this.senders.allowCoreThreadTimeOut(true);
    }

    private Properties sessionProperties(String protocol) {
        String prefix = "mail." + protocol + ".";
        String timeout = Long.toString(settings.timeout().toMillis());
        Properties mail = new Properties();
        mail.put("mail.transport.protocol", protocol);
        mail.put(prefix + "host", settings.host());
        mail.put(prefix + "port", Integer.toString(settings.port()));
        mail.put(prefix + "connectiontimeout", timeout);
        mail.put(prefix + "timeout", timeout);
        mail.put(prefix + "writetimeout", timeout);
        mail.put(prefix + "executor.writetimeout", writeTimeouts);
        mail.put(prefix + "auth", Boolean.toString(settings.logsIn()));
        mail.put(prefix + "ssl.checkserveridentity", "true");
        switch (settings.tls()) {
            case REQUIRED -> {
                mail.put(prefix + "starttls.enable", "true");
                mail.put(prefix + "starttls.required", "true");
            }
            case OPTIONAL -> mail.put(prefix + "starttls.enable", "true");
            case IMPLICIT -> mail.put(prefix + "ssl.enable", "true");
            case NONE -> {
                // Plain text, as configured.
            }
        }
        return mail;
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    /** The recipient's configured address; only recipients with one are told by email (checked at start-up). */
    @Override
    public String destinationFor(Recipient recipient) {
        return recipients.emailOf(recipient).orElseThrow(() -> new IllegalStateException(
                "Recipient " + recipient.id() + " is told by email but has no address"));
    }

    @Override
    public String render(Notification notification) {
        Envelope envelope = notification.envelope();
        try {
            MimeMessage message = new StableIdMessage(session, messageId(envelope.notificationId()));
            message.setFrom(from);
            message.setRecipient(RecipientType.TO, new InternetAddress(envelope.destination(),
                    envelope.recipient().name(), UTF_8));
            message.setSubject(envelope.subject(), UTF_8);
            message.setSentDate(Date.from(clock.instant()));
            message.setHeader(NOTIFICATION_ID_HEADER, envelope.notificationId());
            message.setHeader(EVENT_HEADER, envelope.triggerEvent());
            message.setHeader(LEAD_ID_HEADER, envelope.leadId());
            MimeBodyPart text = new MimeBodyPart();
            text.setText(EmailContent.text(notification), UTF_8, "plain");
            MimeBodyPart html = new MimeBodyPart();
            html.setText(EmailContent.html(notification), UTF_8, "html");
            message.setContent(new MimeMultipart("alternative", text, html));
            message.saveChanges();
            ByteArrayOutputStream wire = new ByteArrayOutputStream();
            message.writeTo(wire);
            return wire.toString(StandardCharsets.UTF_8);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("Cannot render the email of notification " + envelope.notificationId(), e);
        }
    }

    @Override
    public CompletableFuture<DeliveryResult> deliver(Envelope envelope, String payload) {
        CompletableFuture<DeliveryResult> attempt = new CompletableFuture<>();
        try {
            senders.execute(() -> {
                if (!attempt.isDone()) {
                    attempt.complete(send(envelope.destination(), payload));
                }
            });
        } catch (RejectedExecutionException e) {
            attempt.complete(DeliveryResult.retryable("no sender free for " + server + ": "
                    + (senders.isShutdown() ? "the service is stopping" : "too many emails waiting")));
            return attempt;
        }
        return attempt.completeOnTimeout(SmtpFailures.timedOut(server, settings.timeout()),
                settings.timeout().toMillis(), TimeUnit.MILLISECONDS);
    }

    /** One SMTP conversation on a sender thread: connect, log in if configured, send, quit. */
    private DeliveryResult send(String destination, String payload) {
        try {
            Address[] to = {new InternetAddress(destination, true)};
            MimeMessage message = new MimeMessage(session,
                    new ByteArrayInputStream(payload.getBytes(StandardCharsets.UTF_8)));
            Transport transport = session.getTransport();
            try {
                transport.connect(settings.host(), settings.port(),
                        settings.logsIn() ? settings.username() : null, settings.logsIn() ? settings.password() : null);
                transport.sendMessage(message, to);
            } finally {
                closeQuietly(transport);
            }
            return DeliveryResult.delivered();
        } catch (MessagingException e) {
            return SmtpFailures.classify(e, server, destination, settings.timeout());
        } catch (RuntimeException e) {
            return DeliveryResult.retryable("failed sending to " + server + ": " + e);
        }
    }

    /** The message has gone (or failed) by now; a failed QUIT changes nothing. */
    private static void closeQuietly(Transport transport) {
        try {
            transport.close();
        } catch (MessagingException e) {
            log.debug("Closing the SMTP connection failed", e);
        }
    }

    /** {@code <notification id@sender's domain>}: the same on every attempt. */
    private String messageId(String notificationId) {
        String address = from.getAddress();
        int at = address.lastIndexOf('@');
        return "<" + notificationId + "@" + (at < 0 ? "leadflow" : address.substring(at + 1)) + ">";
    }

    /** Lets the sends queued or under way end (at most one attempt's time), then stops the sender threads. */
    @Override
    public void close() {
        senders.shutdown();
        try {
            if (!senders.awaitTermination(settings.timeout().toMillis(), TimeUnit.MILLISECONDS)) {
                senders.shutdownNow();
            }
        } catch (InterruptedException e) {
            senders.shutdownNow();
            Thread.currentThread().interrupt();
        } finally {
            writeTimeouts.shutdownNow();
        }
    }

    private static ThreadFactory daemonThreads(String name) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** A message that keeps the {@code Message-ID} it is given, where Jakarta Mail would make a new one. */
    private static final class StableIdMessage extends MimeMessage {

        private final String messageId;

        StableIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
