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
import org.springframework.http.HttpStatus;

class MetricsIT extends RoutingIntegrationTest {

    @Test
    void shouldCountAssignmentsPerMethodAndRuleSkipsPerVerdictTimeToAssignHandledEventsAndDeadLettersOnThePrometheusEndpoint() {
        RoutingUser anna = user("Anna");
        RoutingUser ben = user("Ben");
        RoutingUser cleo = new RoutingUser(userId("Cleo"), "Cleo", null, null, true, List.of());
        String rule = "sdrs-" + unique;
        configure(new RoutingConfiguration(Target.distributionRule(rule), List.of(), null,
                List.of(new DistributionRule(rule, DistributionMethod.ROUND_ROBIN,
                        List.of(Member.of(anna.id()), Member.of(ben.id()), Member.of(cleo.id())), null, null)),
                List.of(anna, ben, cleo), List.of(), List.of()));
        List<String> series = List.of(
                "leadflow_assignments_total{method=\"ROUND_ROBIN\",rule=\"" + rule + "\"}",
                "leadflow_time_to_assign_seconds_count",
                "leadflow_events_handled_total{topic=\"response.activated\"}",
                "leadflow_events_dead_lettered_total{topic=\"response.activated\"}",
                "leadflow_routing_skips_total{rule=\"" + rule + "\",verdict=\"NOT_NEXT\"}",
                "leadflow_routing_skips_total{rule=\"" + rule + "\",verdict=\"PAUSED\"}",
                "leadflow_routing_skips_total{rule=\"" + rule + "\",verdict=\"CHOSEN\"}");
        Prometheus prometheus = new Prometheus(port);
        Map<String, Double> before = prometheus.values(series);
        String poisoned = TestEvents.newLeadId();

        upstream.publishRaw(Topics.RESPONSE_ACTIVATED, poisoned, "not avro".getBytes(StandardCharsets.UTF_8));
        List<ResponseActivated> activations = activateLeads(3);
        awaitAssigned(activations);
        probe.awaitDeadLetter(Topics.RESPONSE_ACTIVATED, poisoned);

        // Each lead: one of Anna and Ben chosen, the other not next, Cleo paused; the chosen are no skips.
        await().atMost(TopicProbe.PATIENCE).untilAsserted(() -> assertThat(prometheus.increases(series, before)).containsExactly(
                Map.entry(series.get(0), 3.0),
                Map.entry(series.get(1), 3.0),
                Map.entry(series.get(2), 3.0),
                Map.entry(series.get(3), 1.0),
                Map.entry(series.get(4), 3.0),
                Map.entry(series.get(5), 3.0),
                Map.entry(series.get(6), 0.0)));
        assertThat(prometheus.text()).contains("leadflow_time_to_assign_seconds_bucket{le=");
    }

    @Test
    void shouldShowTheHopperSizeAndTheOpenEngineWaitsAsTheyFillAndEmpty() {
        RoutingUser anna = user("Anna");
        configure(new RoutingConfiguration(Target.hopper(null), List.of(), null, List.of(), List.of(anna), List.of(),
                List.of()));
        List<String> series = List.of("leadflow_hopper_size", "leadflow_engine_waits_open");
        Prometheus prometheus = new Prometheus(port);
        Map<String, Double> before = prometheus.values(series);

        List<ResponseActivated> toHopper = activateLeads(2);
        toHopper.forEach(activation -> probe.awaitEvent(Topics.LEAD_UNASSIGNMENT_REQUESTED, activation.getLeadId()));
        await().atMost(TopicProbe.PATIENCE).untilAsserted(() -> assertThat(prometheus.increases(series, before))
                .containsExactly(Map.entry(series.get(0), 2.0), Map.entry(series.get(1), 0.0)));

        assertThat(http.as(anna.id()).post("/hopper/" + toHopper.get(0).getResponseId() + "/claim").status())
                .isEqualTo(HttpStatus.OK);
        probe.awaitEvent(Topics.LEAD_ASSIGNED, toHopper.get(0).getLeadId());
        await().atMost(TopicProbe.PATIENCE).untilAsserted(() -> assertThat(prometheus.increases(series, before))
                .containsExactly(Map.entry(series.get(0), 1.0), Map.entry(series.get(1), 0.0)));

        configure(RoutingConfiguration.DEFAULT);
        List<ResponseActivated> parked = activateLeads(2);
        parked.forEach(activation -> probe.awaitEvent(Topics.LEAD_ASSIGNMENT_REQUESTED, activation.getLeadId()));
        await().atMost(TopicProbe.PATIENCE).untilAsserted(() -> assertThat(prometheus.increases(series, before))
                .containsExactly(Map.entry(series.get(0), 1.0), Map.entry(series.get(1), 2.0)));

        upstream.publish(Topics.LEAD_OWNER_CHANGED, ownerChange(parked.get(0).getLeadId(), TestEvents.ROUTING_QUEUE,
                TestEvents.BOB, clock.instant()));
        probe.awaitEvent(Topics.LEAD_ASSIGNED, parked.get(0).getLeadId());
        await().atMost(TopicProbe.PATIENCE).untilAsserted(() -> assertThat(prometheus.increases(series, before))
                .containsExactly(Map.entry(series.get(0), 1.0), Map.entry(series.get(1), 1.0)));
    }
}
