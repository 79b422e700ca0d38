package io.leadflow.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DeliveryResultTest {

    static final String URL = "http://hooks.example.com/leads";

    @ParameterizedTest
    @ValueSource(ints = {200, 201, 202, 204, 299})
    void shouldCountEvery2xxAsDelivered(int status) {
        assertThat(DeliveryResult.ofHttpStatus(status, URL)).isEqualTo(DeliveryResult.delivered());
    }

    @ParameterizedTest
    @ValueSource(ints = {408, 429, 500, 502, 503, 504})
    void shouldRetryTimeoutsThrottlingAndServerErrors(int status) {
        assertThat(DeliveryResult.ofHttpStatus(status, URL))
                .isEqualTo(DeliveryResult.retryable("HTTP " + status + " from " + URL));
    }

    @ParameterizedTest
    @ValueSource(ints = {301, 400, 401, 403, 404, 405, 410, 413, 422})
    void shouldNotRetryWhatTheReceiverWillKeepRefusing(int status) {
        assertThat(DeliveryResult.ofHttpStatus(status, URL))
                .isEqualTo(DeliveryResult.permanent("HTTP " + status + " from " + URL));
    }

    @ParameterizedTest
    @ValueSource(ints = {421, 450, 451, 452, 454})
    void shouldRetryWhatAnSmtpServerDeferred(int replyCode) {
        assertThat(DeliveryResult.ofSmtpRefusal(replyCode, "SMTP " + replyCode))
                .isEqualTo(DeliveryResult.retryable("SMTP " + replyCode));
    }

    @ParameterizedTest
    @ValueSource(ints = {500, 501, 530, 535, 550, 551, 552, 553, 554})
    void shouldNotRetryWhatAnSmtpServerRefusedForGood(int replyCode) {
        assertThat(DeliveryResult.ofSmtpRefusal(replyCode, "SMTP " + replyCode))
                .isEqualTo(DeliveryResult.permanent("SMTP " + replyCode));
    }
}
