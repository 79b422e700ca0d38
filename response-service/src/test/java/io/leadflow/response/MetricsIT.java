package io.leadflow.response;

import static io.leadflow.response.ReactivationEvents.insertingDefaultMember;
import static io.leadflow.testsupport.TestEvents.newLeadId;
import static io.leadflow.testsupport.TestEvents.responseCreated;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.leadflow.events.ActivationKind;
import io.leadflow.schemas.Topics;
import io.leadflow.testsupport.TopicProbe;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MetricsIT extends ResponseServiceIT {

    private static final List<String> SERIES = List.of(
            "leadflow_activations_total{kind=\"NEW_RESPONSE\"}",
            "leadflow_activations_total{kind=\"REACTIVATED\"}",
            "leadflow_reactivation_refusals_total",
            "leadflow_events_handled_total{topic=\"response.created\"}",
            "leadflow_events_handled_total{topic=\"response.reactivation.decided\"}",
            "leadflow_events_dead_lettered_total{topic=\"response.reactivation.decided\"}");

    @Test
    void shouldCountActivationsRefusalsHandledEventsAndDeadLettersOnThePrometheusEndpoint() {
        Map<String, Double> before = scrapeAll();
        String first = newLeadId();
        String second = newLeadId();
        String reactivated = newLeadId();

        publish(Topics.RESPONSE_CREATED, responseCreated(first).build());
        publish(Topics.RESPONSE_CREATED, responseCreated(second).build());
        probe.awaitEvent(Topics.RESPONSE_ACTIVATED, first);
        probe.awaitEvent(Topics.RESPONSE_ACTIVATED, second);
        // Refused: the first lead has an open active response.
        publish(Topics.RESPONSE_REACTIVATION_DECIDED, insertingDefaultMember(first).build());
        upstream.publishRaw(Topics.RESPONSE_REACTIVATION_DECIDED, reactivated,
                "not avro".getBytes(StandardCharsets.UTF_8));
        publish(Topics.RESPONSE_REACTIVATION_DECIDED, insertingDefaultMember(reactivated).build());
        probe.awaitEvent(Topics.RESPONSE_ACTIVATED, reactivated);
        probe.awaitDeadLetter(Topics.RESPONSE_REACTIVATION_DECIDED, reactivated);

        await().atMost(TopicProbe.PATIENCE).untilAsserted(() -> assertThat(increases(before)).containsExactly(
                Map.entry("leadflow_activations_total{kind=\"" + ActivationKind.NEW_RESPONSE + "\"}", 2.0),
                Map.entry("leadflow_activations_total{kind=\"" + ActivationKind.REACTIVATED + "\"}", 1.0),
                Map.entry("leadflow_reactivation_refusals_total", 1.0),
                Map.entry("leadflow_events_handled_total{topic=\"response.created\"}", 2.0),
                Map.entry("leadflow_events_handled_total{topic=\"response.reactivation.decided\"}", 2.0),
                Map.entry("leadflow_events_dead_lettered_total{topic=\"response.reactivation.decided\"}", 1.0)));
    }

    @Test
    void shouldExposeSpringKafkasListenerTimersAndTheConsumersLag() {
        publish(Topics.RESPONSE_CREATED, responseCreated(newLeadId()).build());

        await().atMost(TopicProbe.PATIENCE).untilAsserted(() -> assertThat(prometheus())
                .contains("spring_kafka_listener_seconds_count{")
                .contains("spring_kafka_template_seconds_count{")
                .contains("kafka_consumer_fetch_manager_records_lag_max{"));
    }

    private Map<String, Double> scrapeAll() {
        Map<String, Double> values = new LinkedHashMap<>();
        SERIES.forEach(series -> values.put(series, scraped(series)));
        return values;
    }

    private Map<String, Double> increases(Map<String, Double> before) {
        Map<String, Double> increases = new LinkedHashMap<>();
        scrapeAll().forEach((series, value) -> increases.put(series, value - before.get(series)));
        return increases;
    }
}
