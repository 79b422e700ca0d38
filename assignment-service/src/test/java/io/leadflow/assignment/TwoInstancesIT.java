package io.leadflow.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.leadflow.assignment.domain.routing.DistributionMethod;
import io.leadflow.assignment.domain.routing.DistributionRule;
import io.leadflow.assignment.domain.routing.Member;
import io.leadflow.assignment.domain.routing.RoutingConfiguration;
import io.leadflow.assignment.domain.routing.RoutingUser;
import io.leadflow.assignment.domain.routing.Target;
import io.leadflow.events.LeadAssigned;
import io.leadflow.events.ResponseActivated;
import io.leadflow.schemas.Topics;
import io.leadflow.testsupport.LeadflowTestInfrastructure;
import io.leadflow.testsupport.TopicProbe;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;

/**
 * Two assignment-service instances in one consumer group, as when the service is scaled out: together they
 * route a bulk of leads exactly as fairly as one would, and no lead is assigned twice.
 */
class TwoInstancesIT extends RoutingIntegrationTest {

    @Autowired
    KafkaListenerEndpointRegistry listeners;

    @Test
    void shouldStayExactlyFairAndAssignEveryLeadOnceWhenTwoInstancesShareTheWork() {
        RoutingUser anna = user("Anna");
        RoutingUser ben = user("Ben");
        RoutingUser cara = user("Cara");
        configure(new RoutingConfiguration(Target.distributionRule("sdrs-" + unique), List.of(), null,
                List.of(new DistributionRule("sdrs-" + unique, DistributionMethod.ROUND_ROBIN,
                        List.of(Member.of(anna.id()), Member.of(ben.id()), Member.of(cara.id())), null, null)),
                List.of(anna, ben, cara), List.of(), List.of()));

        try (ConfigurableApplicationContext second = new SpringApplicationBuilder(AssignmentServiceApplication.class)
                .initializers(new LeadflowTestInfrastructure(),
                        // Both instances read the same clock, as instances on synchronized hosts do.
                        context -> context.getBeanFactory().registerSingleton("clock", clock))
                // Arguments, not default properties: those would lose to application.yml.
                .run("--server.port=0", "--leadflow.assignment.timer-poll-interval=100ms",
                        "--leadflow.assignment.routing-consumers=3")) {
            KafkaListenerEndpointRegistry secondListeners = second.getBean(KafkaListenerEndpointRegistry.class);
            await().atMost(TopicProbe.PATIENCE).untilAsserted(() -> {
                assertThat(activationPartitions(listeners)).as("partitions of the first instance").isNotEmpty();
                assertThat(activationPartitions(secondListeners)).as("partitions of the second instance")
                        .isNotEmpty();
                assertThat(activationPartitions(listeners).size() + activationPartitions(secondListeners).size())
                        .as("partitions of both").isEqualTo(Topics.PARTITIONS);
            });

            List<ResponseActivated> activations = activateLeads(60);
            List<LeadAssigned> assigned = awaitAssigned(activations);

            assertThat(ownerCounts(assigned)).containsExactlyInAnyOrderEntriesOf(
                    Map.of(anna.id(), 20L, ben.id(), 20L, cara.id(), 20L));
            // A rebalance may deliver an activation to both instances: then the same decision is published
            // again under the same event id, which consumers drop. What must never happen is a second decision.
            await().during(QUIET).atMost(QUIET.multipliedBy(3))
                    .until(() -> activations.stream().allMatch(this::decidedOnce));
        }
    }

    private boolean decidedOnce(ResponseActivated activation) {
        List<LeadAssigned> published = probe.events(Topics.LEAD_ASSIGNED, activation.getLeadId());
        return published.stream().map(LeadAssigned::getEventId).distinct().count() == 1
                && published.stream().map(event -> event.getOwner().getId()).distinct().count() == 1;
    }

    private static Collection<TopicPartition> activationPartitions(KafkaListenerEndpointRegistry registry) {
        return registry.getListenerContainers().stream()
                .filter(container -> List.of(container.getContainerProperties().getTopics())
                        .contains(Topics.Names.RESPONSE_ACTIVATED))
                .map(MessageListenerContainer::getAssignedPartitions)
                .filter(partitions -> partitions != null)
                .flatMap(Collection::stream)
                .toList();
    }
}
