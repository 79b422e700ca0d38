package io.leadflow.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.platform.events.EventIds;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    static final RetryPolicy DEFAULTS = new RetryPolicy(Duration.ofSeconds(2), 2, Duration.ofMinutes(5), 5);
    static final Instant AT = Instant.parse("2026-11-03T09:15:30Z");

    @Test
    void shouldDoubleTheBackoffFromTwoSecondsUpToFiveMinutes() {
        assertThat(IntStream.rangeClosed(1, 10).mapToObj(DEFAULTS::backoffAfter)).containsExactly(
                Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8), Duration.ofSeconds(16),
                Duration.ofSeconds(32), Duration.ofSeconds(64), Duration.ofSeconds(128), Duration.ofSeconds(256),
                Duration.ofMinutes(5), Duration.ofMinutes(5));
    }

    @Test
    void shouldKeepTheBackoffConstantWithMultiplierOneAndCapItWithoutOverflowing() {
        RetryPolicy constant = new RetryPolicy(Duration.ofMillis(1500), 1, Duration.ofMinutes(5), 3);

        assertThat(constant.backoffAfter(1)).isEqualTo(Duration.ofMillis(1500));
        assertThat(constant.backoffAfter(7)).isEqualTo(Duration.ofMillis(1500));
        assertThat(DEFAULTS.backoffAfter(5000)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void shouldReportADeliveryAsSentWithItsDerivedEventId() {
        Outcome outcome = DEFAULTS.decide("n-1", 2, DeliveryResult.delivered(), AT);

        assertThat(outcome).isEqualTo(new Outcome(EventIds.derived("n-1", "sent"), Outcome.Kind.SENT, 2, AT, null,
                false, null));
        assertThat(outcome.state()).isEqualTo(NotificationState.SENT);
    }

    @Test
    void shouldScheduleARetryAfterARetryableFailureWhileAttemptsRemain() {
        Outcome outcome = DEFAULTS.decide("n-1", 3, DeliveryResult.retryable("HTTP 503 from http://x"), AT);

        assertThat(outcome).isEqualTo(new Outcome(EventIds.derived("n-1", "failed", "3"), Outcome.Kind.FAILED, 3, AT,
                "HTTP 503 from http://x", true, AT.plusSeconds(8)));
        assertThat(outcome.state()).isEqualTo(NotificationState.PENDING);
    }

    @Test
    void shouldGiveUpWhenTheLastAllowedAttemptFails() {
        Outcome outcome = DEFAULTS.decide("n-1", 5, DeliveryResult.retryable("HTTP 503 from http://x"), AT);

        assertThat(outcome.willRetry()).isFalse();
        assertThat(outcome.nextAttemptAt()).isNull();
        assertThat(outcome.state()).isEqualTo(NotificationState.FAILED);
        assertThat(outcome.eventId()).isEqualTo(EventIds.derived("n-1", "failed", "5"));
    }

    @Test
    void shouldGiveUpAtOnceOnAPermanentFailure() {
        Outcome outcome = DEFAULTS.decide("n-1", 1, DeliveryResult.permanent("HTTP 400 from http://x"), AT);

        assertThat(outcome).isEqualTo(new Outcome(EventIds.derived("n-1", "failed", "1"), Outcome.Kind.FAILED, 1, AT,
                "HTTP 400 from http://x", false, null));
        assertThat(outcome.state()).isEqualTo(NotificationState.FAILED);
    }

    @Test
    void shouldNeverRetryWhenOnlyOneAttemptIsAllowed() {
        RetryPolicy once = new RetryPolicy(Duration.ofSeconds(2), 2, Duration.ofMinutes(5), 1);

        assertThat(once.decide("n-1", 1, DeliveryResult.retryable("connection refused"), AT).willRetry()).isFalse();
    }
}
