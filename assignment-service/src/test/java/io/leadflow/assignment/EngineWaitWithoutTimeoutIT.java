package io.leadflow.assignment;

import static io.leadflow.testsupport.TestEvents.BOB;
import static io.leadflow.testsupport.TestEvents.ROUTING_QUEUE;
import static io.leadflow.testsupport.TestEvents.newLeadId;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.events.AssignmentMethod;
import io.leadflow.events.AssignmentPurpose;
import io.leadflow.events.LeadAssigned;
import io.leadflow.events.LeadOwnerChanged;
import io.leadflow.events.ResponseActivated;
import io.leadflow.schemas.Topics;
import io.leadflow.testsupport.LeadflowTestInfrastructure;
import java.time.Duration;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import tools.jackson.databind.JsonNode;

/**
 * {@code leadflow.assignment.engine-wait-timeout-enabled=false}. The shared test context has the timeout on, so
 * this class (the only one) starts a second application context with it off, on the same broker, consumer group,
 * store and clock, as {@link RestartDuringWaitIT} does: the shared context's listener containers are stopped while
 * it runs, so the context without timeout routes every record, and started again afterwards. Both contexts' timers
 * keep polling the same {@code engine_waits}.
 */
class EngineWaitWithoutTimeoutIT extends AssignmentIntegrationTest {

    @Autowired
    KafkaListenerEndpointRegistry listeners;

    @Test
    void shouldWaitForTheEnginePastAnyTimeoutListTheWaitAndCompleteItByTheOwnerChange() {
        String timedLead = newLeadId();
        ResponseActivated timed = activation(timedLead).build();
        upstream.publish(Topics.RESPONSE_ACTIVATED, timed);
        probe.awaitEvent(Topics.LEAD_ASSIGNMENT_REQUESTED, timedLead);

        listeners.stop();
        try (ConfigurableApplicationContext untimedInstance = instanceWithoutTimeout()) {
            ApiClient http = new ApiClient(untimedInstance.getEnvironment()
                    .getRequiredProperty("local.server.port", Integer.class));
            String leadId = newLeadId();
            ResponseActivated activation = activation(leadId).build();
            upstream.publish(Topics.RESPONSE_ACTIVATED, activation);
            assertThat(probe.awaitEvent(Topics.LEAD_ASSIGNMENT_REQUESTED, leadId).getPurpose())
                    .isEqualTo(AssignmentPurpose.TEMPORARY_OWNER);
            assertThat(awaitAssignment(activation.getResponseId()).dueAt()).isNull();

            clock.advance(Duration.ofHours(1));

            // The wait stored with a due time fires as before. Both leads were parked at the same instant, so had the
            // second one a due time, it would be the same and the poll that fired the first would fire it too.
            assertThat(probe.awaitEvent(Topics.LEAD_ASSIGNED, timedLead).getMethod())
                    .isEqualTo(AssignmentMethod.TIMEOUT_FALLBACK);
            assertThat(openWaitsOf(http, "/engine-waits?limit=1000", leadId)).singleElement().isEqualTo(
                    ApiClient.JSON.readTree("""
                            {"assignmentId": "%1$s", "responseId": "%1$s", "leadId": "%2$s",
                             "temporaryOwner": {"id": "00G-routing", "kind": "QUEUE", "name": "Lead Routing Queue"},
                             "parkedSince": "%3$s", "age": "PT1H", "dueAt": null}
                            """.formatted(activation.getResponseId(), leadId, activation.getOccurredAt())));
            assertThat(openWaitsOf(http, "/engine-waits?olderThan=PT59M&limit=1000", leadId)).hasSize(1);
            assertThat(openWaitsOf(http, "/engine-waits?olderThan=PT2H&limit=1000", leadId)).isEmpty();
            assertThat(openWaitsOf(http, "/engine-waits?limit=1000", timedLead)).isEmpty();
            assertThat(http.get("/engine-waits?olderThan=-PT1H").status()).isEqualTo(HttpStatus.BAD_REQUEST);

            LeadOwnerChanged toBob = ownerChange(leadId, ROUTING_QUEUE, BOB, clock.instant());
            upstream.publish(Topics.LEAD_OWNER_CHANGED, toBob);

            LeadAssigned assigned = probe.awaitEvent(Topics.LEAD_ASSIGNED, leadId);
            assertThat(assigned.getMethod()).isEqualTo(AssignmentMethod.EXTERNAL_ENGINE);
            assertThat(assigned.getOwner()).isEqualTo(BOB);
            assertThat(assigned.getTimeToAssignMillis()).isEqualTo(Duration.ofHours(1).toMillis());
            probe.assertStaysAt(Topics.LEAD_ASSIGNMENT_REQUESTED, leadId, 1, Duration.ZERO);
            assertThat(openWaitsOf(http, "/engine-waits?limit=1000", leadId)).isEmpty();
        } finally {
            listeners.start();
        }
    }

    /** The open waits the API lists for one lead (other tests leave waits of their own open). */
    private static List<JsonNode> openWaitsOf(ApiClient http, String path, String leadId) {
        ApiClient.Response response = http.get(path);
        assertThat(response.status()).isEqualTo(HttpStatus.OK);
        return StreamSupport.stream(response.json().spliterator(), false)
                .filter(wait -> wait.get("leadId").asString().equals(leadId)).toList();
    }

    private ConfigurableApplicationContext instanceWithoutTimeout() {
        return new SpringApplicationBuilder(AssignmentServiceApplication.class)
                .initializers(new LeadflowTestInfrastructure(),
                        context -> context.getBeanFactory().registerSingleton("untimedClock", clock))
                // Arguments, not default properties: those would lose to application.yml.
                .run("--server.port=0", "--leadflow.assignment.engine-wait-timeout-enabled=false",
                        "--leadflow.assignment.timer-poll-interval=100ms");
    }
}
