package io.leadflow.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.leadflow.assignment.domain.routing.DistributionMethod;
import io.leadflow.assignment.domain.routing.DistributionRule;
import io.leadflow.assignment.domain.routing.Member;
import io.leadflow.assignment.domain.routing.RoutingConfiguration;
import io.leadflow.assignment.domain.routing.RoutingUser;
import io.leadflow.assignment.domain.routing.Target;
import io.leadflow.events.ResponseActivated;
import io.leadflow.schemas.Topics;
import io.leadflow.testsupport.TestEvents;
import io.leadflow.testsupport.TopicProbe;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MetricsIT extends RoutingIntegrationTest {

    @Test
    void shouldCountAssignmentsPerMethodAndRuleTimeToAssignHandledEventsAndDeadLettersOnThePrometheusEndpoint() {
        RoutingUser anna = user("Anna");
        RoutingUser ben = user("Ben");
        String rule = "sdrs-" + unique;
        configure(new RoutingConfiguration(Target.distributionRule(rule), List.of(), null,
                List.of(new DistributionRule(rule, DistributionMethod.ROUND_ROBIN,
                        List.of(Member.of(anna.id()), Member.of(ben.id())), null, null)),
                List.of(anna, ben), List.of(), List.of()));
        List<String> series = List.of(
                "leadflow_assignments_total{method=\"ROUND_ROBIN\",rule=\"" + rule + "\"}",
                "leadflow_time_to_assign_seconds_count",
                "leadflow_events_handled_total{topic=\"response.activated\"}",
                "leadflow_events_dead_lettered_total{topic=\"response.activated\"}");
        Prometheus prometheus = new Prometheus(port);
        Map<String, Double> before = prometheus.values(series);
        String poisoned = TestEvents.newLeadId();

        upstream.publishRaw(Topics.RESPONSE_ACTIVATED, poisoned, "not avro".getBytes(StandardCharsets.UTF_8));
        List<ResponseActivated> activations = activateLeads(3);
        awaitAssigned(activations);
        probe.awaitDeadLetter(Topics.RESPONSE_ACTIVATED, poisoned);

        await().atMost(TopicProbe.PATIENCE).untilAsserted(() -> assertThat(prometheus.increases(series, before)).containsExactly(
                Map.entry(series.get(0), 3.0),
                Map.entry(series.get(1), 3.0),
                Map.entry(series.get(2), 3.0),
                Map.entry(series.get(3), 1.0)));
        assertThat(prometheus.text()).contains("leadflow_time_to_assign_seconds_bucket{le=");
    }
}
