package io.leadflow.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.leadflow.assignment.domain.routing.ReassignmentAlgorithm;
import io.leadflow.events.LeadOffered;
import io.leadflow.schemas.Topics;
import io.leadflow.testsupport.TopicProbe;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The offers' Micrometer metrics on /actuator/prometheus, from a known sequence of offers. */
class OfferMetricsIT extends OfferIntegrationTest {

    @Test
    void shouldCountOffersMadeEndedAndAcknowledgedAndTheAcknowledgementsByOutcome() {
        configure(offering(ReassignmentAlgorithm.SINGLE, null, null));
        List<String> series = List.of(
                "leadflow_offers_made_total{kind=\"ROUTING\"}",
                "leadflow_offers_made_total{kind=\"SINGLE\"}",
                "leadflow_offers_ended_total{reason=\"NOT_ACKNOWLEDGED\"}",
                "leadflow_offers_acknowledged_total{kind=\"ROUTING\"}",
                "leadflow_offers_time_to_acknowledge_seconds_count",
                "leadflow_offers_acknowledgements_total{outcome=\"ACKNOWLEDGED\",source=\"EVENT\"}",
                "leadflow_offers_acknowledgements_total{outcome=\"LATE\",source=\"LINK\"}");
        Prometheus prometheus = new Prometheus(port);
        Map<String, Double> before = prometheus.values(series);
        List<String> leads = activateLeads(2).stream().map(activation -> activation.getLeadId()).toList();
        LeadOffered acknowledged = offer(leads.get(0), 1);
        LeadOffered ignored = offer(leads.get(1), 1);

        upstream.publish(Topics.LEAD_ACKNOWLEDGED, acknowledgement(leads.get(0), ann, acknowledged.getOfferId(),
                clock.instant()));
        probe.awaitEvent(Topics.LEAD_ASSIGNED, leads.get(0));
        letTheDeadlinePass();
        offer(leads.get(1), 2);
        assertThat(clickAcknowledge(ignored, "POST", "application/json").statusCode()).isEqualTo(410);

        await().atMost(TopicProbe.PATIENCE).untilAsserted(() -> assertThat(prometheus.increases(series, before))
                .containsExactly(
                        Map.entry(series.get(0), 2.0),
                        Map.entry(series.get(1), 1.0),
                        Map.entry(series.get(2), 1.0),
                        Map.entry(series.get(3), 1.0),
                        Map.entry(series.get(4), 1.0),
                        Map.entry(series.get(5), 1.0),
                        Map.entry(series.get(6), 1.0)));
        assertThat(prometheus.text()).contains("leadflow_offers_time_to_acknowledge_seconds_bucket{le=");
    }
}
