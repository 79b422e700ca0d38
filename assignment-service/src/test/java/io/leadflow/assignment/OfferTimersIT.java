package io.leadflow.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.leadflow.assignment.domain.routing.ReassignmentAlgorithm;
import io.leadflow.events.LeadAssigned;
import io.leadflow.events.LeadExpired;
import io.leadflow.events.LeadOffered;
import io.leadflow.events.ResponseActivated;
import io.leadflow.schemas.Topics;
import io.leadflow.testsupport.LeadflowTestInfrastructure;
import io.leadflow.testsupport.TopicProbe;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Deadlines are durable timers any instance may fire: with two instances polling, each fires once. */
class OfferTimersIT extends OfferIntegrationTest {

    @Test
    void shouldExpireEachOfferOnceWhenTwoInstancesPollTheDeadlines() {
        configure(offering(ReassignmentAlgorithm.SINGLE, null, null));
        try (ConfigurableApplicationContext second = new SpringApplicationBuilder(AssignmentServiceApplication.class)
                .initializers(new LeadflowTestInfrastructure(),
                        context -> context.getBeanFactory().registerSingleton("clock", clock))
                .run("--server.port=0", "--leadflow.assignment.timer-poll-interval=100ms")) {
            List<ResponseActivated> activations = activateLeads(30);
            activations.forEach(activation -> offer(activation.getLeadId(), 1));

            letTheDeadlinePass();

            for (ResponseActivated activation : activations) {
                String leadId = activation.getLeadId();
                LeadOffered toBen = offer(leadId, 2);
                upstream.publish(Topics.LEAD_ACKNOWLEDGED, acknowledgement(leadId, ben, toBen.getOfferId(),
                        clock.instant()));
            }
            // Each lead.assigned comes after its expiry on the lead's partition: once all are out, every expiry
            // that was going to be published twice would have been.
            List<LeadAssigned> assigned = awaitAssigned(activations);
            assertThat(assigned).extracting(event -> event.getOwner().getId()).containsOnly(ben.id());
            await().during(QUIET).atMost(TopicProbe.PATIENCE).untilAsserted(() -> {
                for (ResponseActivated activation : activations) {
                    List<LeadExpired> expired = offers.events(Topics.LEAD_EXPIRED, activation.getLeadId());
                    assertThat(expired).as("expiries of %s", activation.getLeadId()).hasSize(1);
                    assertThat(offers.events(Topics.LEAD_OFFERED, activation.getLeadId())).hasSize(2);
                    assertThat(probe.events(Topics.LEAD_ASSIGNED, activation.getLeadId())).hasSize(1);
                }
            });
        }
    }
}
