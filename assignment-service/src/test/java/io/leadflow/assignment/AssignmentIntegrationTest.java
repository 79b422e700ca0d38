package io.leadflow.assignment;

import static org.awaitility.Awaitility.await;

import io.leadflow.assignment.domain.Assignment;
import io.leadflow.assignment.domain.Assignments;
import io.leadflow.assignment.domain.LeadOwners;
import io.leadflow.assignment.domain.OwnerChange;
import io.leadflow.events.LeadOwnerChanged;
import io.leadflow.events.Owner;
import io.leadflow.events.ResponseActivated;
import io.leadflow.schemas.Topics;
import io.leadflow.testsupport.LeadflowTestInfrastructure;
import io.leadflow.testsupport.MutableClock;
import io.leadflow.testsupport.TestEvents;
import io.leadflow.testsupport.TestPublisher;
import io.leadflow.testsupport.TopicProbe;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * The one context configuration of every {@code *IT} class but the Testcontainers one: Spring caches a single
 * application (one consumer group) on the JVM's embedded broker and in-memory MongoDB. Tests isolate by a
 * fresh lead id each, and date their events by the shared {@link MutableClock}, which only moves when a test
 * advances it (so a test that times waits out does not make later tests' waits due at once).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "leadflow.assignment.timer-poll-interval=100ms",
        // Every scrape counts the hopper afresh, so MetricsIT sees each change at once.
        "leadflow.assignment.hopper-size-max-age=0s",
        // Half the partitions: with a second instance of the same (TwoInstancesIT), each gets three.
        "leadflow.assignment.routing-consumers=3"})
@ContextConfiguration(initializers = LeadflowTestInfrastructure.class)
@Import(TestClockConfiguration.class)
abstract class AssignmentIntegrationTest {

    /** Long enough for a consumer to have handled a record, were it going to publish anything. */
    static final Duration QUIET = Duration.ofMillis(800);

    @Autowired
    MutableClock clock;
    @Autowired
    Assignments assignments;
    @Autowired
    LeadOwners leadOwners;

    TopicProbe probe;
    TestPublisher upstream;

    @BeforeEach
    void startProbeAndPublisher() {
        probe = TopicProbe.start(LeadflowTestInfrastructure.kafkaBootstrapServers(), Topics.RESPONSE_ACTIVATED,
                Topics.LEAD_OWNER_CHANGED, Topics.LEAD_STATUS_CHANGED, Topics.OPPORTUNITY_CHANGED,
                Topics.LEAD_ASSIGNMENT_REQUESTED,
                Topics.LEAD_ASSIGNED, Topics.LEAD_UNASSIGNMENT_REQUESTED);
        upstream = new TestPublisher(LeadflowTestInfrastructure.kafkaBootstrapServers());
    }

    @AfterEach
    void stopProbeAndPublisher() {
        probe.close();
        upstream.close();
    }

    /** A new active response of a lead owned by the Inbound Leads Queue (subject to reassignment), now. */
    ResponseActivated.Builder activation(String leadId) {
        return TestEvents.responseActivated(leadId).setOccurredAt(clock.instant());
    }

    LeadOwnerChanged ownerChange(String leadId, Owner from, Owner to, Instant at) {
        return TestEvents.ownerChanged(leadId, from, to).setOccurredAt(at).build();
    }

    /** Waits until the service recorded {@code change} as the lead's latest owner: proof it handled it. */
    void awaitRecorded(LeadOwnerChanged change) {
        await().atMost(TopicProbe.PATIENCE).until(() -> leadOwners.latest(change.getLeadId())
                .map(OwnerChange::eventId).filter(change.getEventId()::equals).isPresent());
    }

    Assignment awaitAssignment(String responseId) {
        return await().atMost(TopicProbe.PATIENCE).until(() -> assignments.find(responseId), Optional::isPresent)
                .orElseThrow();
    }
}
