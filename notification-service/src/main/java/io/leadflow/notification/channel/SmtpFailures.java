package io.leadflow.notification.channel;

import io.leadflow.notification.domain.DeliveryResult;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.internet.AddressException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;
import org.eclipse.angus.mail.util.MailConnectException;

/**
 * Why an email attempt failed, as a {@link DeliveryResult}: what the SMTP server refused with a reply code is
 * classified by that code ({@link DeliveryResult#ofSmtpRefusal}: 4yz retryable, 5yz permanent); an address that
 * is not one is permanent; not reaching the server, or it not answering in time, is retryable, and so is anything
 * else (a dropped connection, a TLS failure).
 */
final class SmtpFailures {

    /** The reply code that starts a server's answer, e.g. {@code 535 5.7.8 Authentication failed}. */
    private static final Pattern REPLY_CODE = Pattern.compile("^\\s*([2-5]\\d\\d)[ -]");

    private SmtpFailures() {
    }

    /**
     * @param server the server's address for the log, e.g. {@code smtp://mail.example.com:587}
     * @param destination the address the email was for
     * @param timeout the limit for connecting and for each answer
     */
    static DeliveryResult classify(Exception failure, String server, String destination, Duration timeout) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof MailConnectException connect) {
                return notConnected(connect, server, timeout);
            }
            if (cause instanceof SMTPAddressFailedException refused) {
                return DeliveryResult.ofSmtpRefusal(refused.getReturnCode(), "SMTP " + refused.getReturnCode()
                        + " from " + server + " for " + destination + ": " + answer(refused));
            }
            if (cause instanceof SMTPSenderFailedException refused) {
                return DeliveryResult.ofSmtpRefusal(refused.getReturnCode(), "SMTP " + refused.getReturnCode()
                        + " from " + server + " for the sender: " + answer(refused));
            }
            if (cause instanceof SMTPSendFailedException refused) {
                return DeliveryResult.ofSmtpRefusal(refused.getReturnCode(), "SMTP " + refused.getReturnCode()
                        + " from " + server + " for the message to " + destination + ": " + answer(refused));
            }
            if (cause instanceof AuthenticationFailedException refused) {
                return loginRefused(refused, server);
            }
            if (cause instanceof AddressException) {
                return DeliveryResult.permanent("not an email address: " + destination + " (" + cause.getMessage() + ")");
            }
            if (cause instanceof SocketTimeoutException) {
                return DeliveryResult.retryable("no answer from " + server + " within " + Durations.human(timeout));
            }
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException) {
                return DeliveryResult.retryable("I/O error talking to " + server + ": " + cause);
            }
        }
        return DeliveryResult.retryable("failed talking to " + server + ": " + answer(failure));
    }

    /** The server did not answer in time, as a whole attempt. */
    static DeliveryResult timedOut(String server, Duration timeout) {
        return DeliveryResult.retryable("no answer from " + server + " within " + Durations.human(timeout));
    }

    private static DeliveryResult notConnected(MailConnectException connect, String server, Duration timeout) {
        for (Throwable cause = connect.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof SocketTimeoutException) {
                return DeliveryResult.retryable("no connection to " + server + " within " + Durations.human(timeout));
            }
            if (cause instanceof UnknownHostException) {
                return DeliveryResult.retryable("unknown host in " + server);
            }
            if (cause instanceof ConnectException) {
                return DeliveryResult.retryable("connection refused by " + server);
            }
        }
        return DeliveryResult.retryable("could not connect to " + server + ": " + connect.getMessage());
    }

    /** A refused login: by its reply code if the server gave one (535 is permanent, 454 is not), else retryable. */
    private static DeliveryResult loginRefused(AuthenticationFailedException refused, String server) {
        String answer = answer(refused);
        Matcher code = REPLY_CODE.matcher(answer);
        String reason = "login refused by " + server + ": " + answer;
        return code.find() ? DeliveryResult.ofSmtpRefusal(Integer.parseInt(code.group(1)), reason)
                : DeliveryResult.retryable(reason);
    }

    /** The server's answer as it gave it, on one line. */
    private static String answer(Exception refused) {
        String message = refused.getMessage();
        return message == null ? "(no answer)" : message.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }
}
