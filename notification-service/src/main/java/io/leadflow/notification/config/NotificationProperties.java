package io.leadflow.notification.config;

import io.leadflow.notification.domain.Channel;
import io.leadflow.notification.domain.RecipientDirectory;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of notification-service, under {@code leadflow.notification}; application.yml documents each
 * one with its default. Checked at start-up: a bad value stops the service with a message naming it.
 *
 * @param recipients owner id (a CRM user or queue) to how that owner wants to be told; owners not listed are
 *     told by webhook at {@code webhook.default-url}
 */
@Validated
@ConfigurationProperties("leadflow.notification")
public record NotificationProperties(
        @NotNull @Valid Webhook webhook,
        @NotNull @Valid Email email,
        @DefaultValue @NotNull Map<@NotBlank String, @NotNull @Valid RecipientSettings> recipients,
        @NotNull @Valid Retry retry,
        @NotNull @Valid Delivery delivery) {

    /** An absolute http or https URL with a host. */
    static final String HTTP_URL = "(?i)https?://[^\\s/?#]+([/?#]\\S*)?";
    static final String HTTP_URL_MESSAGE = "must be an http(s) URL, such as http://localhost:8090/notifications";
    static final String EMAIL_MESSAGE = "must be an email address, such as alice@example.com";

    /**
     * @param defaultUrl where notifications go when the recipient has no URL of their own
     * @param recipientUrls owner id to the URL that owner's notifications go to: the older form of
     *     {@code recipients.<id>.webhook-url}, still read
     * @param timeout longest wait to connect, and then for the answer, on one attempt
     */
    public record Webhook(
            @NotBlank @Pattern(regexp = HTTP_URL, message = HTTP_URL_MESSAGE) String defaultUrl,
            @DefaultValue @NotNull Map<@NotBlank String, @Pattern(regexp = HTTP_URL, message = HTTP_URL_MESSAGE) String>
                    recipientUrls,
            @NotNull @DurationMin(millis = 1) Duration timeout) {
    }

    /**
     * The SMTP server the email channel sends through (a relay or submission server, not the recipients' own).
     *
     * @param username login on the server; blank: send without logging in
     * @param password goes with {@code username}; never shown ({@link #toString()} hides it)
     * @param tls how the connection is protected, see {@link Tls}
     * @param from the sender every email shows, an address with an optional name:
     *     {@code leadflow <notifications@example.com>}
     * @param timeout an attempt (waiting for a free connection, connecting, the whole SMTP conversation) that is not
     *     over within this is a retryable failure; also the limit for connecting and for each answer of the server
     * @param maxConcurrent SMTP connections open at once, each on a sender thread of its own, per instance
     */
    public record Email(
            @NotBlank String host,
            @Min(1) @Max(65535) int port,
            String username,
            String password,
            @NotNull Tls tls,
            @NotBlank String from,
            @NotNull @DurationMin(millis = 1) Duration timeout,
            @Min(1) int maxConcurrent) {

        /** How the connection to the SMTP server is protected. */
        public enum Tls {
            /** Plain SMTP, upgraded with STARTTLS; a server that does not offer it gets nothing (usually port 587). */
            REQUIRED,
            /** STARTTLS if the server offers it, else plain text. */
            OPTIONAL,
            /** Plain text only: for a local relay or test server. */
            NONE,
            /** TLS from the first byte, "SMTPS" (usually port 465). */
            IMPLICIT
        }

        public boolean logsIn() {
            return username != null && !username.isBlank();
        }

        @AssertTrue(message = "email.from must be one address, optionally with a name, "
                + "such as: leadflow <notifications@example.com>")
        public boolean isFromAnAddress() {
            if (from == null || from.isBlank()) {
                return true;
            }
            try {
                return InternetAddress.parse(from, true).length == 1;
            } catch (AddressException e) {
                return false;
            }
        }

        @AssertTrue(message = "email.username and email.password go together: both to log in, neither to send "
                + "without logging in")
        public boolean isLoginComplete() {
            boolean hasPassword = password != null && !password.isEmpty();
            return logsIn() == hasPassword;
        }

        @Override
        public String toString() {
            return "Email[host=" + host + ", port=" + port + ", username=" + username + ", password="
                    + (password == null || password.isEmpty() ? "(none)" : "(hidden)") + ", tls=" + tls + ", from="
                    + from + ", timeout=" + timeout + ", maxConcurrent=" + maxConcurrent + "]";
        }
    }

    /**
     * How one owner wants to be told.
     *
     * @param channels the channels the owner is told on, each a notification of its own, in this order
     * @param email the address EMAIL sends to; required when {@code channels} has EMAIL
     * @param webhookUrl the URL WEBHOOK posts to instead of {@code webhook.default-url}
     */
    public record RecipientSettings(
            @DefaultValue("WEBHOOK") @NotEmpty List<@NotNull Channel> channels,
            @jakarta.validation.constraints.Email(message = EMAIL_MESSAGE) String email,
            @Pattern(regexp = HTTP_URL, message = HTTP_URL_MESSAGE) String webhookUrl) {

        @AssertTrue(message = "channels has EMAIL, so email (the address to send to) is required")
        public boolean isAddressGivenForEmail() {
            return channels == null || !channels.contains(Channel.EMAIL) || (email != null && !email.isBlank());
        }

        @AssertTrue(message = "channels names a channel twice")
        public boolean isEachChannelOnce() {
            return channels == null || Set.copyOf(channels).size() == channels.size();
        }
    }

    /**
     * @param initialBackoff pause after the first failed attempt
     * @param multiplier factor each further pause grows by
     * @param maxBackoff longest pause
     * @param maxAttempts attempts in all, the first included, before giving up
     * @param pollInterval how often due work (retries, outcomes and notifications a crash left behind, new
     *     notifications that did not fit in memory) is looked for (read by the poller's {@code @Scheduled},
     *     checked here)
     * @param claimLease how long an instance holds a notification it works on before another may take it
     *     over (if the first one died)
     */
    public record Retry(
            @NotNull @DurationMin(millis = 1) Duration initialBackoff,
            @DecimalMin("1.0") double multiplier,
            @NotNull @DurationMin(millis = 1) Duration maxBackoff,
            @Min(1) int maxAttempts,
            @NotNull @DurationMin(millis = 1) Duration pollInterval,
            @NotNull @DurationMin(millis = 1) Duration claimLease) {
    }

    /**
     * @param maxConcurrent attempts (webhook calls and emails) in flight at once, at most, per instance
     * @param maxWaiting notifications an instance keeps in memory waiting for their attempt, beyond those in
     *     flight; further ones wait in the store and are picked up as room frees
     */
    public record Delivery(@Min(1) int maxConcurrent, @Min(0) int maxWaiting) {
    }

    /**
     * The longest one attempt can take on any channel: a webhook call waits at most a connect timeout and then an
     * answer timeout; an email attempt is over within {@code email.timeout}.
     */
    public Duration attemptTime() {
        Duration webhookAttempt = webhook.timeout().multipliedBy(2);
        return webhookAttempt.compareTo(email.timeout()) >= 0 ? webhookAttempt : email.timeout();
    }

    /** An attempt's claim must outlast the attempt. */
    @AssertTrue(message = "retry.claim-lease must be longer than twice webhook.timeout and longer than email.timeout, "
            + "or a slow attempt could be made twice")
    public boolean isClaimLeaseLongerThanAnAttempt() {
        if (webhook == null || webhook.timeout() == null || email == null || email.timeout() == null || retry == null
                || retry.claimLease() == null) {
            return true;
        }
        return retry.claimLease().compareTo(attemptTime()) > 0;
    }

    /** The older key and the newer one must not both say where one owner's webhooks go. */
    @AssertTrue(message = "an owner's webhook URL is set twice, in recipients.<id>.webhook-url and in the older "
            + "webhook.recipient-urls[<id>]: keep the first, remove the second")
    public boolean isEachWebhookUrlSetOnce() {
        if (webhook == null || webhook.recipientUrls() == null || recipients == null) {
            return true;
        }
        return recipients.entrySet().stream().noneMatch(entry -> entry.getValue() != null
                && entry.getValue().webhookUrl() != null && webhook.recipientUrls().containsKey(entry.getKey()));
    }

    /**
     * Who is told on which channels, and where: {@code recipients}, with the owners of the older
     * {@code webhook.recipient-urls} told by webhook at their URL (unless {@code recipients} says otherwise).
     */
    public RecipientDirectory recipientDirectory() {
        Map<String, RecipientDirectory.Contact> contacts = new HashMap<>();
        webhook.recipientUrls().forEach((id, url) ->
                contacts.put(id, new RecipientDirectory.Contact(RecipientDirectory.DEFAULT_CHANNELS, null, url)));
        recipients.forEach((id, recipient) -> contacts.put(id, new RecipientDirectory.Contact(recipient.channels(),
                recipient.email(), recipient.webhookUrl() != null ? recipient.webhookUrl()
                        : webhook.recipientUrls().get(id))));
        return new RecipientDirectory(contacts);
    }
}
