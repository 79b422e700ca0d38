package io.leadflow.notification.channel;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.notification.WebhookReceiver.Request;
import io.leadflow.notification.WebhookReceiver;
import io.leadflow.notification.config.NotificationProperties;
import io.leadflow.notification.domain.AssignmentMessages;
import io.leadflow.notification.domain.AssignmentMethod;
import io.leadflow.notification.domain.Assignments;
import io.leadflow.notification.domain.Channel;
import io.leadflow.notification.domain.DeliveryResult;
import io.leadflow.notification.domain.Envelope;
import io.leadflow.notification.domain.LeadAssignment;
import io.leadflow.notification.domain.LeadFacts;
import io.leadflow.notification.domain.Message;
import io.leadflow.notification.domain.Notification;
import io.leadflow.notification.domain.Recipient;
import io.leadflow.notification.domain.RecipientKind;
import io.leadflow.schemas.Topics;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

class WebhookChannelTest {

    static final Duration TIMEOUT = Duration.ofMillis(300);

    WebhookReceiver receiver;
    WebhookChannel channel;

    @BeforeEach
    void startReceiver() {
        receiver = WebhookReceiver.start();
        channel = channel(Map.of("005-carol", receiver.url("/carol")));
    }

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    WebhookChannel channel(Map<String, String> recipientUrls) {
        NotificationProperties properties = new NotificationProperties(
                new NotificationProperties.Webhook(receiver.url("/notifications"), recipientUrls, TIMEOUT),
                EmailChannelTest.email("127.0.0.1", 25, TIMEOUT), Map.of(),
                new NotificationProperties.Retry(Duration.ofSeconds(2), 2, Duration.ofMinutes(5), 5,
                        Duration.ofSeconds(1), Duration.ofMinutes(1)),
                new NotificationProperties.Delivery(64, 10000));
        return new WebhookChannel(properties, properties.recipientDirectory());
    }

    static Envelope envelope(String destination) {
        return new Envelope("n-1", Topics.Names.LEAD_ASSIGNED, "evt-1", "corr-1", "00Q-1", Assignments.ALICE, Channel.WEBHOOK,
                destination, "New lead assigned to you: Dana Reyes (Acme Corp)");
    }

    String payload() {
        LeadAssignment assignment = Assignments.assignment();
        Message message = AssignmentMessages.compose(assignment);
        return channel.render(new Notification(envelope(receiver.url("/notifications")), message.text(), assignment));
    }

    @Test
    void shouldSendTheRecipientsOwnUrlOrElseTheDefault() {
        Recipient carol = new Recipient("005-carol", RecipientKind.USER, "Carol Chen");

        assertThat(channel.destinationFor(carol)).isEqualTo(receiver.url("/carol"));
        assertThat(channel.destinationFor(Assignments.ALICE)).isEqualTo(receiver.url("/notifications"));
    }

    @Test
    void shouldRenderTheContractBodyWithEveryFieldNamedExactly() {
        Map<String, Object> body = JsonMapper.builder().build().readerForMapOf(Object.class).readValue(payload());

        assertThat(body).containsExactly(
                Map.entry("notificationId", "n-1"),
                Map.entry("event", "lead.assigned"),
                Map.entry("leadId", "00Q-1"),
                Map.entry("responseId", "00v-1"),
                Map.entry("campaignId", "701-spring-webinar"),
                Map.entry("recipient", Map.of("id", "005-alice", "kind", "USER", "name", "Alice Archer")),
                Map.entry("subject", "New lead assigned to you: Dana Reyes (Acme Corp)"),
                Map.entry("text", AssignmentMessages.compose(Assignments.assignment()).text()),
                Map.entry("method", "EXTERNAL_ENGINE"),
                Map.entry("reason", "Matchmaker moved the lead off Lead Routing Queue"),
                Map.entry("assignedAt", "2026-11-03T09:15:30.123Z"),
                Map.entry("timeToAssignMillis", 4000),
                Map.entry("lead", Map.of("firstName", "Dana", "lastName", "Reyes", "email", "dana.reyes@acme.example",
                        "title", "VP Operations", "company", "Acme Corp", "country", "US", "state", "CA",
                        "score", 85, "status", "Open")));
    }

    @Test
    void shouldRenderUnknownLeadFactsAsNulls() {
        LeadFacts unknown = new LeadFacts(null, null, "dana@acme.example", null, null, null, null, null, null);
        LeadAssignment assignment = Assignments.assignment(
                AssignmentMethod.OWNER_RETAINED, unknown);

        String payload = channel.render(new Notification(envelope("http://x"), "text", assignment));

        assertThat(payload).contains("\"method\":\"OWNER_RETAINED\"",
                "\"lead\":{\"firstName\":null,\"lastName\":null,\"email\":\"dana@acme.example\",\"title\":null,"
                        + "\"company\":null,\"country\":null,\"state\":null,\"score\":null,\"status\":null}");
    }

    @Test
    void shouldPostThePayloadAsJsonWithIdempotencyKeyAndEventHeaders() {
        String payload = payload();

        DeliveryResult result = channel.deliver(envelope(receiver.url("/notifications")), payload).join();

        assertThat(result).isEqualTo(DeliveryResult.delivered());
        Request request = receiver.awaitRequests("00Q-1", 1).get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/notifications");
        assertThat(request.header("Content-Type")).isEqualTo("application/json");
        assertThat(request.header("Idempotency-Key")).isEqualTo("n-1");
        assertThat(request.header("X-Leadflow-Event")).isEqualTo("lead.assigned");
        assertThat(request.body()).isEqualTo(payload);
    }

    @ParameterizedTest
    @ValueSource(ints = {408, 429, 500, 503})
    void shouldReportAnHttpStatusWorthRetryingAsRetryable(int status) {
        receiver.script("00Q-1", status);
        String url = receiver.url("/notifications");

        assertThat(channel.deliver(envelope(url), payload()).join())
                .isEqualTo(DeliveryResult.retryable("HTTP " + status + " from " + url));
    }

    @Test
    void shouldReportARejectedRequestAsPermanent() {
        receiver.script("00Q-1", 400);
        String url = receiver.url("/notifications");

        assertThat(channel.deliver(envelope(url), payload()).join())
                .isEqualTo(DeliveryResult.permanent("HTTP 400 from " + url));
    }

    @Test
    void shouldReportAReceiverThatDoesNotAnswerInTimeAsRetryable() {
        receiver.script("00Q-1", WebhookReceiver.HANG);
        String url = receiver.url("/notifications");

        assertThat(channel.deliver(envelope(url), payload()).join())
                .isEqualTo(DeliveryResult.retryable("no answer from " + url + " within 300ms"));
    }

    @Test
    void shouldReturnAtOnceAndCompleteWhenTheReceiverAnswers() {
        receiver.script("00Q-1", WebhookReceiver.HANG);
        String url = receiver.url("/notifications");

        CompletableFuture<DeliveryResult> attempt = channel.deliver(envelope(url), payload());

        assertThat(attempt).isNotDone();
        assertThat(attempt.join()).isEqualTo(DeliveryResult.retryable("no answer from " + url + " within 300ms"));
    }

    @Test
    void shouldReportARefusedConnectionAsRetryable() {
        String url = WebhookReceiver.refusingUrl("/notifications");

        assertThat(channel.deliver(envelope(url), payload()).join())
                .isEqualTo(DeliveryResult.retryable("connection refused by " + url));
    }

    @Test
    void shouldReportAnUnknownHostAsRetryable() {
        String url = "http://no-such-host.invalid/notifications";

        assertThat(channel.deliver(envelope(url), payload()).join())
                .isEqualTo(DeliveryResult.retryable("unknown host in " + url));
        assertThat(receiver.requests("00Q-1")).isEqualTo(List.of());
    }
}
