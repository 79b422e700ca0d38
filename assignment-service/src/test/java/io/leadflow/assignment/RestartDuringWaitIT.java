package io.leadflow.assignment;

import static io.leadflow.testsupport.TestEvents.BOB;
import static io.leadflow.testsupport.TestEvents.ROUTING_QUEUE;
import static io.leadflow.testsupport.TestEvents.newLeadId;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.events.AssignmentMethod;
import io.leadflow.events.LeadAssigned;
import io.leadflow.events.ResponseActivated;
import io.leadflow.schemas.Topics;
import io.leadflow.testsupport.LeadflowTestInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;

class RestartDuringWaitIT extends AssignmentIntegrationTest {

    @Autowired
    KafkaListenerEndpointRegistry listeners;

    /**
     * The cached test context plays the instance that goes down, a second application context the instance
     * that comes back. The cached context must not keep consuming: in the same consumer group it could be
     * given the lead's partition and complete the wait itself, and in another group it would receive the
     * owner change too and race the restarted instance; either way the test would prove nothing. So its
     * listener containers are stopped, which is what a crashed instance looks like to Kafka. The restarted
     * instance joins the same group, owns every partition, resumes from the group's committed offsets (the
     * activation was committed, the owner change was not yet consumed) and can only know about the wait from
     * MongoDB. The cached context's listeners are started again afterwards for the other test classes.
     */
    @Test
    void shouldCompleteAWaitStartedBeforeARestart() {
        String leadId = newLeadId();
        ResponseActivated activation = activation(leadId).build();
        upstream.publish(Topics.RESPONSE_ACTIVATED, activation);
        probe.awaitEvent(Topics.LEAD_ASSIGNMENT_REQUESTED, leadId);

        listeners.stop();
        try {
            upstream.publish(Topics.LEAD_OWNER_CHANGED,
                    ownerChange(leadId, ROUTING_QUEUE, BOB, activation.getOccurredAt().plusSeconds(90)));
            probe.assertStaysAt(Topics.LEAD_ASSIGNED, leadId, 0, QUIET);

            try (ConfigurableApplicationContext restarted = restartedInstance()) {
                LeadAssigned assigned = probe.awaitEvent(Topics.LEAD_ASSIGNED, leadId);

                assertThat(assigned.getMethod()).isEqualTo(AssignmentMethod.EXTERNAL_ENGINE);
                assertThat(assigned.getOwner()).isEqualTo(BOB);
                assertThat(assigned.getTimeToAssignMillis()).isEqualTo(90_000);
                probe.assertStaysAt(Topics.LEAD_ASSIGNMENT_REQUESTED, leadId, 1, QUIET);
            }
        } finally {
            listeners.start();
        }
    }

    private ConfigurableApplicationContext restartedInstance() {
        return new SpringApplicationBuilder(AssignmentServiceApplication.class)
                .initializers(new LeadflowTestInfrastructure(),
                        context -> context.getBeanFactory().registerSingleton("restartedClock", clock))
                // An argument, not a default property: that would lose to application.yml's port.
                .run("--server.port=0");
    }
}
