package io.leadflow.launcher;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.mail.MailAddress;
import com.icegreen.greenmail.mail.MovingMessage;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.server.ProtocolHandler;
import com.icegreen.greenmail.smtp.SmtpHandler;
import com.icegreen.greenmail.smtp.SmtpManager;
import com.icegreen.greenmail.smtp.SmtpServer;
import com.icegreen.greenmail.smtp.SmtpState;
import com.icegreen.greenmail.smtp.commands.SmtpCommandRegistry;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A local SMTP server standing in for the team's mail relay: notification-service sends its email here, and each
 * message is written, as it arrived, to a file of its own in the mail directory ({@code data/mail/}), which any mail
 * client opens (an {@code .eml} file). Nothing is delivered further, and nothing is kept in memory. GreenMail's
 * SMTP server does the talking; plain SMTP on 127.0.0.1, no login, no TLS.
 */
public final class MailSink implements AutoCloseable {

    static final String DIRECTORY = "mail";
    private static final DateTimeFormatter FILE_TIME =
            DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss.SSS").withZone(ZoneOffset.UTC);

    /**
     * A message the sink received.
     *
     * @param file where it was written
     * @param to the envelope's recipients ({@code RCPT TO})
     * @param leadId the {@code X-Leadflow-Lead-Id} header; null for mail that is not a leadflow notification
     */
    public record Mail(Path file, String from, List<String> to, String subject, String leadId) {
    }

    private final GreenMail server;
    private final Path directory;

    private MailSink(GreenMail server, Path directory) {
        this.server = server;
        this.directory = directory;
    }

    /**
     * Listens on 127.0.0.1:{@code port} (0: any free port) and writes each message to {@code directory}.
     * {@code onMail} is called from several threads at once, after the file is written.
     */
    public static MailSink start(int port, Path directory, Consumer<Mail> onMail) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the mail directory " + directory, e);
        }
        GreenMail server = new SinkServer(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new MailFiles(directory, onMail));
        try {
            server.start();
        } catch (RuntimeException e) {
            throw new IllegalStateException("Cannot listen for mail on port " + port, e);
        }
        return new MailSink(server, directory);
    }

    public int port() {
        return server.getSmtp().getPort();
    }

    public String address() {
        return "smtp://127.0.0.1:" + port();
    }

    /** Where the messages are written. */
    public Path directory() {
        return directory;
    }

    @Override
    public void close() {
        server.stop();
    }

    /** Writes each message to a file of its own, then tells {@code onMail}. */
    private static final class MailFiles {

        private final Path directory;
        private final Consumer<Mail> onMail;
        private final AtomicInteger count = new AtomicInteger();

        MailFiles(Path directory, Consumer<Mail> onMail) {
            this.directory = directory;
            this.onMail = onMail;
        }

        void write(MovingMessage message) throws IOException, MessagingException {
            List<String> to = message.getToAddresses().stream().map(MailAddress::getEmail).toList();
            String name = FILE_TIME.format(Instant.now()) + "-" + String.format("%04d", count.incrementAndGet()) + "-"
                    + (to.isEmpty() ? "nobody" : to.get(0)).replaceAll("[^A-Za-z0-9._@-]", "_") + ".eml";
            Path file = directory.resolve(name);
            Path partial = directory.resolve(name + ".part");
            try (OutputStream out = Files.newOutputStream(partial)) {
                message.getMessage().writeTo(out);
            }
            // Whole or not at all: a reader never opens half a message.
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
            onMail.accept(new Mail(file, String.valueOf(message.getReturnPath()), to,
                    message.getMessage().getSubject(), message.getMessage().getHeader("X-Leadflow-Lead-Id", ",")));
        }
    }

    /** GreenMail with an SMTP server only, whose messages go to the {@link MailFiles} instead of mailboxes. */
    private static final class SinkServer extends GreenMail {

        /** Read when a connection comes, not by GreenMail's constructor, which makes the services already. */
        private final MailFiles writer;

        SinkServer(ServerSetup setup, MailFiles writer) {
            super(setup);
            this.writer = writer;
        }

        @Override
        protected Map<String, AbstractServer> createServices(ServerSetup[] config, Managers managers) {
            return Map.of(ServerSetup.PROTOCOL_SMTP, new SmtpServer(config[0], managers) {
                @Override
                protected ProtocolHandler createProtocolHandler(Socket clientSocket) {
                    return new SmtpHandler(new SmtpCommandRegistry(), new WritingSmtpManager(managers, writer),
                            clientSocket);
                }
            });
        }
    }

    private static final class WritingSmtpManager extends SmtpManager {

        private final MailFiles writer;

        WritingSmtpManager(Managers managers, MailFiles writer) {
            super(managers.getImapHostManager(), managers.getUserManager());
            this.writer = writer;
        }

        /** Called once the message is in; a failure here answers 451, and the sender tries again later. */
        @Override
        public void send(SmtpState state) {
            try {
                writer.write(state.getMessage());
            } catch (IOException | MessagingException e) {
                throw new IllegalStateException("Cannot write the message to the mail directory", e);
            }
        }
    }
}
