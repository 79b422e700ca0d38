package io.leadflow.notification;

import static io.leadflow.testsupport.TestEvents.ALICE;
import static io.leadflow.testsupport.TestEvents.leadAssigned;
import static io.leadflow.testsupport.TestEvents.newLeadId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.leadflow.events.LeadAssigned;
import io.leadflow.schemas.Topics;
import io.leadflow.testsupport.TopicProbe;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

class MetricsIT extends AbstractNotificationIT {

    private static final List<String> SERIES = List.of(
            "leadflow_notifications_total{channel=\"WEBHOOK\",outcome=\"sent\"}",
            "leadflow_notifications_total{channel=\"WEBHOOK\",outcome=\"failed\"}",
            "leadflow_notifications_total{channel=\"WEBHOOK\",outcome=\"suppressed\"}",
            "leadflow_events_handled_total{topic=\"lead.assigned\"}",
            "leadflow_events_dead_lettered_total{topic=\"lead.assigned\"}");

    @LocalServerPort
    int port;

    @Test
    void shouldCountNotificationsPerChannelAndOutcomeHandledEventsAndDeadLettersOnThePrometheusEndpoint() {
        Map<String, Double> before = scraped();
        String toldLead = newLeadId();
        String rejectingLead = newLeadId();
        String untoldLead = newLeadId();
        String poisoned = newLeadId();
        webhook.script(rejectingLead, 400);
        LeadAssigned untold = leadAssigned(untoldLead, "00v-untold", ALICE).setTriggerNotification(false).build();

        upstream.publish(Topics.LEAD_ASSIGNED, leadAssigned(toldLead, "00v-told", ALICE).build());
        upstream.publish(Topics.LEAD_ASSIGNED, leadAssigned(rejectingLead, "00v-rejected", ALICE).build());
        upstream.publish(Topics.LEAD_ASSIGNED, untold);
        upstream.publish(Topics.LEAD_ASSIGNED, untold);
        upstream.publishRaw(Topics.LEAD_ASSIGNED, poisoned, "not avro".getBytes(StandardCharsets.UTF_8));
        probe.awaitEvent(Topics.NOTIFICATION_SENT, toldLead);
        probe.awaitEvent(Topics.NOTIFICATION_FAILED, rejectingLead);
        probe.awaitDeadLetter(Topics.LEAD_ASSIGNED, poisoned);

        // The suppressed notification is stored once and counted once, though its lead.assigned came twice.
        await().atMost(TopicProbe.PATIENCE).untilAsserted(() -> {
            Map<String, Double> increases = new LinkedHashMap<>();
            scraped().forEach((series, value) -> increases.put(series, value - before.get(series)));
            assertThat(increases).containsExactly(
                    Map.entry(SERIES.get(0), 1.0),
                    Map.entry(SERIES.get(1), 1.0),
                    Map.entry(SERIES.get(2), 1.0),
                    Map.entry(SERIES.get(3), 4.0),
                    Map.entry(SERIES.get(4), 1.0));
        });
    }

    /** Each series' value on {@code /actuator/prometheus} (labels sorted by name, as written); 0 while absent. */
    private Map<String, Double> scraped() {
        List<String> lines = RestClient.create("http://localhost:" + port).get().uri("/actuator/prometheus")
                .accept(MediaType.TEXT_PLAIN).retrieve().body(String.class).lines().toList();
        Map<String, Double> values = new LinkedHashMap<>();
        for (String series : SERIES) {
            values.put(series, lines.stream()
                    .filter(line -> line.startsWith(series + " "))
                    .mapToDouble(line -> Double.parseDouble(line.substring(series.length() + 1).trim()))
                    .findFirst()
                    .orElse(0));
        }
        return values;
    }
}
