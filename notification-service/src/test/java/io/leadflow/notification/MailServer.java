package io.leadflow.notification;

import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.mail.MailAddress;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.server.ProtocolHandler;
import com.icegreen.greenmail.smtp.SmtpHandler;
import com.icegreen.greenmail.smtp.SmtpManager;
import com.icegreen.greenmail.smtp.SmtpServer;
import com.icegreen.greenmail.smtp.SmtpState;
import com.icegreen.greenmail.smtp.commands.SmtpCommandRegistry;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.leadflow.testsupport.TopicProbe;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A real SMTP server (GreenMail) on 127.0.0.1 standing in for the mail relay. It records every message it accepts
 * with its envelope (MAIL FROM, RCPT TO), and keeps it in GreenMail's own store too. {@code RCPT TO} of an address a
 * test scripted is answered with the scripted replies, in order, then accepted, as a real server refuses a mailbox
 * (550) or defers it (451). It can be stopped and started again on the same port, to play an outage.
 */
public final class MailServer implements AutoCloseable {

    /** A message as the server accepted it: the envelope and the message as it came over the wire. */
    public record Received(String mailFrom, List<String> rcptTo, MimeMessage message) {

        public String header(String name) {
            try {
                return message.getHeader(name, ",");
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }

        /** The content of the multipart/alternative part of this type, e.g. {@code text/plain}, line ends as sent. */
        public String part(String mimeType) {
            try {
                MimeMultipart alternative = (MimeMultipart) message.getContent();
                for (int i = 0; i < alternative.getCount(); i++) {
                    BodyPart part = alternative.getBodyPart(i);
                    if (part.isMimeType(mimeType)) {
                        return (String) part.getContent();
                    }
                }
                throw new AssertionError("No " + mimeType + " part in " + message.getContentType());
            } catch (MessagingException | IOException e) {
                throw new IllegalStateException(e);
            }
        }

        /** The parts' MIME types in order, e.g. {@code [text/plain; charset=UTF-8, text/html; charset=UTF-8]}. */
        public List<String> partTypes() {
            try {
                MimeMultipart alternative = (MimeMultipart) message.getContent();
                List<String> types = new java.util.ArrayList<>();
                for (int i = 0; i < alternative.getCount(); i++) {
                    types.add(alternative.getBodyPart(i).getContentType());
                }
                return types;
            } catch (MessagingException | IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private final int port;
    private final GreenMail greenMail;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, Deque<String>> scripts = new ConcurrentHashMap<>();
    private final Map<String, String> users = new HashMap<>();

    private MailServer(int port) {
        this.port = port;
        this.greenMail = new ScriptedGreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    }

    /** Starts on a free port, which it keeps across {@link #stop()} and {@link #start()}. */
    public static MailServer start() {
        MailServer server = new MailServer(freePort());
        server.greenMail.start();
        return server;
    }

    /** Starts again after {@link #stop()}, on the same port. */
    public synchronized void restart() {
        greenMail.start();
        users.forEach(greenMail::setUser);
    }

    /** Stops listening: connections are refused until {@link #restart()}. */
    public synchronized void stop() {
        greenMail.stop();
    }

    public int port() {
        return port;
    }

    /** Lets {@code login} log in with {@code password}; others' logins are refused with 535. */
    public synchronized void addUser(String login, String password) {
        users.put(login, password);
        greenMail.setUser(login, password);
    }

    /** The next {@code RCPT TO} of {@code address} get these replies, e.g. {@code "550 5.1.1 No such user"}. */
    public void script(String address, String... replies) {
        Deque<String> script = scripts.computeIfAbsent(address, a -> new ArrayDeque<>());
        synchronized (script) {
            script.addAll(List.of(replies));
        }
    }

    /** Messages carrying the notification's id, in the order they were accepted. */
    public List<Received> received(String notificationId) {
        return received.stream().filter(mail -> notificationId.equals(mail.header("X-Leadflow-Notification-Id")))
                .toList();
    }

    /** Waits until exactly {@code count} messages of the notification have arrived, and returns them. */
    public List<Received> awaitMessages(String notificationId, int count) {
        await().atMost(TopicProbe.PATIENCE).until(() -> received(notificationId).size() >= count);
        List<Received> messages = received(notificationId);
        if (messages.size() != count) {
            throw new AssertionError("Expected " + count + " messages of " + notificationId + " but got " + messages);
        }
        return messages;
    }

    /** Every message GreenMail stored in its mailboxes, all recipients, since it last started. */
    public MimeMessage[] storedMessages() {
        return greenMail.getReceivedMessages();
    }

    private String nextReply(MailAddress recipient) {
        Deque<String> script = scripts.get(recipient.getEmail());
        if (script == null) {
            return null;
        }
        synchronized (script) {
            return script.poll();
        }
    }

    @Override
    public void close() {
        greenMail.stop();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** GreenMail whose SMTP server asks this {@link MailServer} about recipients and tells it every message. */
    private final class ScriptedGreenMail extends GreenMail {

        ScriptedGreenMail(ServerSetup setup) {
            super(setup);
        }

        @Override
        protected Map<String, AbstractServer> createServices(ServerSetup[] config, Managers managers) {
            Map<String, AbstractServer> services = new HashMap<>();
            for (ServerSetup setup : config) {
                services.put(setup.getProtocol(), new SmtpServer(setup, managers) {
                    @Override
                    protected ProtocolHandler createProtocolHandler(Socket clientSocket) {
                        return new SmtpHandler(new SmtpCommandRegistry(), new ScriptedSmtpManager(managers),
                                clientSocket);
                    }
                });
            }
            return services;
        }
    }

    private final class ScriptedSmtpManager extends SmtpManager {

        ScriptedSmtpManager(Managers managers) {
            super(managers.getImapHostManager(), managers.getUserManager());
        }

        @Override
        public String checkRecipient(SmtpState state, MailAddress recipient) {
            return nextReply(recipient);
        }

        @Override
        public synchronized void send(SmtpState state) {
            received.add(new Received(String.valueOf(state.getMessage().getReturnPath()),
                    state.getMessage().getToAddresses().stream().map(MailAddress::getEmail).toList(),
                    state.getMessage().getMessage()));
            super.send(state);
        }
    }
}
