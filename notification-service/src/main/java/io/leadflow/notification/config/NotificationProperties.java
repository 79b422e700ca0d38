package io.leadflow.notification.config;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import java.util.Map;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of notification-service, under {@code leadflow.notification}; application.yml documents each
 * one with its default. Checked at start-up: a bad value stops the service with a message naming it.
 */
@Validated
@ConfigurationProperties("leadflow.notification")
public record NotificationProperties(
        @NotNull @Valid Webhook webhook, @NotNull @Valid Retry retry, @NotNull @Valid Delivery delivery) {

    /** An absolute http or https URL with a host. */
    static final String HTTP_URL = "(?i)https?://[^\\s/?#]+([/?#]\\S*)?";
    static final String HTTP_URL_MESSAGE = "must be an http(s) URL, such as http://localhost:8090/notifications";

    /**
     * @param defaultUrl where notifications go when the recipient has no URL of their own
     * @param recipientUrls owner id to the URL that owner's notifications go to
     * @param timeout longest wait to connect, and then for the answer, on one attempt
     */
    public record Webhook(
            @NotBlank @Pattern(regexp = HTTP_URL, message = HTTP_URL_MESSAGE) String defaultUrl,
            @DefaultValue @NotNull Map<@NotBlank String, @Pattern(regexp = HTTP_URL, message = HTTP_URL_MESSAGE) String>
                    recipientUrls,
            @NotNull @DurationMin(millis = 1) Duration timeout) {
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
     * @param maxConcurrent webhook calls (attempts) in flight at once, at most, per instance
     * @param maxWaiting notifications an instance keeps in memory waiting for their attempt, beyond those in
     *     flight; further ones wait in the store and are picked up as room frees
     */
    public record Delivery(@Min(1) int maxConcurrent, @Min(0) int maxWaiting) {
    }

    /** An attempt takes at most a connect timeout plus an answer timeout; its claim must outlast both. */
    @AssertTrue(message = "retry.claim-lease must be longer than twice webhook.timeout, "
            + "or a slow attempt could be made twice")
    public boolean isClaimLeaseLongerThanAnAttempt() {
        if (webhook == null || webhook.timeout() == null || retry == null || retry.claimLease() == null) {
            return true;
        }
        return retry.claimLease().compareTo(webhook.timeout().multipliedBy(2)) > 0;
    }
}
