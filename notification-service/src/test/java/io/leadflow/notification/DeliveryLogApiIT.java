package io.leadflow.notification;

import static io.leadflow.testsupport.TestEvents.ALICE;
import static io.leadflow.testsupport.TestEvents.leadAssigned;
import static io.leadflow.testsupport.TestEvents.newLeadId;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.events.AssignmentMethod;
import io.leadflow.events.LeadAssigned;
import io.leadflow.schemas.Topics;
import io.leadflow.testsupport.TestTokens;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

class DeliveryLogApiIT extends AbstractNotificationIT {

    @LocalServerPort
    int port;

    @Test
    void shouldListEveryNotificationAboutALeadOldestFirst() throws Exception {
        String leadId = newLeadId();
        LeadAssigned assigned = leadAssigned(leadId, "00v-1", ALICE).build();
        LeadAssigned respondedAgain = leadAssigned(leadId, "00v-2", ALICE)
                .setMethod(AssignmentMethod.OWNER_RETAINED).build();
        webhook.script(leadId, 503);
        Instant start = clock.instant();
        upstream.publish(Topics.LEAD_ASSIGNED, assigned);
        probe.awaitEvent(Topics.NOTIFICATION_FAILED, leadId);
        clock.advance(Duration.ofSeconds(2));
        probe.awaitEvent(Topics.NOTIFICATION_SENT, leadId);
        webhook.script(leadId, 404);
        upstream.publish(Topics.LEAD_ASSIGNED, respondedAgain);
        probe.awaitEvents(Topics.NOTIFICATION_FAILED, leadId, 2);

        HttpResponse<String> response = get("/notifications?leadId=" + leadId);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(json(response.body())).containsExactly(
                entry(notificationId(assigned), "New lead assigned to you: Dana Reyes (Acme Corp)", "SENT", 2,
                        "HTTP 503 from " + DEFAULT_URL, start, start.plusSeconds(2)),
                entry(notificationId(respondedAgain), "Your lead responded again: Dana Reyes (Acme Corp)", "FAILED",
                        1, "HTTP 404 from " + DEFAULT_URL, start.plusSeconds(2), null));
    }

    @Test
    void shouldShowANotificationNobodyWasToldOnPurposeWithTheReasonAndNoAttempt() throws Exception {
        String leadId = newLeadId();
        LeadAssigned untold = leadAssigned(leadId, "00v-1", ALICE).setTriggerNotification(false).build();
        String toldLead = leadOnSamePartitionAs(leadId);
        Instant now = clock.instant();
        upstream.publish(Topics.LEAD_ASSIGNED, untold);
        // Same partition, handled after it: once this one is notified, the untold one was recorded.
        upstream.publish(Topics.LEAD_ASSIGNED, leadAssigned(toldLead, "00v-2", ALICE).build());
        probe.awaitEvent(Topics.NOTIFICATION_SENT, toldLead);

        HttpResponse<String> response = get("/notifications?leadId=" + leadId);

        assertThat(response.statusCode()).isEqualTo(200);
        Map<String, Object> suppressed = entry(notificationId(untold),
                "New lead assigned to you: Dana Reyes (Acme Corp)", "SUPPRESSED", 0, null, now, null);
        suppressed.put("destination", null);
        suppressed.put("reason", "the activation asked that nobody be told (lead.assigned with triggerNotification "
                + "false)");
        assertThat(json(response.body())).containsExactly(suppressed);
    }

    @Test
    void shouldAnswerAnEmptyListForALeadNobodyWasToldAbout() throws Exception {
        HttpResponse<String> response = get("/notifications?leadId=" + newLeadId());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("[]");
    }

    @Test
    void shouldRejectARequestWithoutLeadId() throws Exception {
        assertThat(get("/notifications").statusCode()).isEqualTo(400);
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", TestTokens.bearer("ops@example.com")).GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    static List<Map<String, Object>> json(String body) {
        JsonMapper json = JsonMapper.builder().build();
        return json.readValue(body, json.getTypeFactory().constructCollectionType(List.class,
                json.getTypeFactory().constructMapType(LinkedHashMap.class, String.class, Object.class)));
    }

    static Map<String, Object> entry(String notificationId, String subject, String state, int attempts,
            String lastError, Instant createdAt, Instant sentAt) {
        Map<String, Object> recipient = new LinkedHashMap<>();
        recipient.put("id", "005-alice");
        recipient.put("kind", "USER");
        recipient.put("name", "Alice Archer");
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("notificationId", notificationId);
        entry.put("triggerEvent", "lead.assigned");
        entry.put("recipient", recipient);
        entry.put("channel", "WEBHOOK");
        entry.put("destination", DEFAULT_URL);
        entry.put("subject", subject);
        entry.put("state", state);
        entry.put("attempts", attempts);
        entry.put("lastError", lastError);
        entry.put("createdAt", createdAt.toString());
        entry.put("sentAt", sentAt == null ? null : sentAt.toString());
        entry.put("reason", null);
        return entry;
    }
}
