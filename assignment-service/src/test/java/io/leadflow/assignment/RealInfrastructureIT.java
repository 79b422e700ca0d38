package io.leadflow.assignment;

import static io.leadflow.testsupport.TestEvents.BOB;
import static io.leadflow.testsupport.TestEvents.ROUTING_QUEUE;
import static io.leadflow.testsupport.TestEvents.newLeadId;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.events.AssignmentMethod;
import io.leadflow.events.AssignmentPurpose;
import io.leadflow.events.LeadAssigned;
import io.leadflow.events.ResponseActivated;
import io.leadflow.schemas.Topics;
import io.leadflow.testsupport.TestEvents;
import io.leadflow.testsupport.TestPublisher;
import io.leadflow.testsupport.TopicProbe;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * The main flow against real MongoDB and Kafka images, where Docker exists; skipped (and reported as skipped)
 * where it does not. Its own context, deliberately not the shared one: it talks to other servers.
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest
class RealInfrastructureIT {

    @Container
    static final MongoDBContainer MONGO = new MongoDBContainer("mongo:7");
    @Container
    static final KafkaContainer KAFKA = new KafkaContainer("apache/kafka:4.1.2");

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", MONGO::getReplicaSetUrl);
        registry.add("spring.kafka.bootstrap-servers", KAFKA::getBootstrapServers);
    }

    @Test
    void shouldAssignTheLeadTheEngineMovedOnRealMongoAndKafka() {
        String leadId = newLeadId();
        ResponseActivated activation = TestEvents.responseActivated(leadId).build();
        try (TopicProbe probe = TopicProbe.start(KAFKA.getBootstrapServers(), Topics.LEAD_ASSIGNMENT_REQUESTED,
                        Topics.LEAD_ASSIGNED);
                TestPublisher upstream = new TestPublisher(KAFKA.getBootstrapServers())) {

            upstream.publish(Topics.RESPONSE_ACTIVATED, activation);
            assertThat(probe.awaitEvent(Topics.LEAD_ASSIGNMENT_REQUESTED, leadId).getPurpose())
                    .isEqualTo(AssignmentPurpose.TEMPORARY_OWNER);
            upstream.publish(Topics.LEAD_OWNER_CHANGED, TestEvents.ownerChanged(leadId, ROUTING_QUEUE, BOB)
                    .setOccurredAt(activation.getOccurredAt().plusSeconds(5)).build());

            LeadAssigned assigned = probe.awaitEvent(Topics.LEAD_ASSIGNED, leadId);
            assertThat(assigned.getMethod()).isEqualTo(AssignmentMethod.EXTERNAL_ENGINE);
            assertThat(assigned.getOwner()).isEqualTo(BOB);
            assertThat(assigned.getTimeToAssignMillis()).isEqualTo(5_000);
        }
    }
}
