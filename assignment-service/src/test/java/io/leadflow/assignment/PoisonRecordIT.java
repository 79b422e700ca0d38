package io.leadflow.assignment;

import static io.leadflow.testsupport.TestEvents.BOB;
import static io.leadflow.testsupport.TestEvents.ROUTING_QUEUE;
import static io.leadflow.testsupport.TestEvents.newLeadId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.leadflow.assignment.domain.routing.LeadLoads;
import io.leadflow.events.LeadOwnerChanged;
import io.leadflow.events.Owner;
import io.leadflow.events.OwnerKind;
import io.leadflow.schemas.Topics;
import io.leadflow.testsupport.TestEvents;
import io.leadflow.testsupport.TopicProbe;
import io.leadflow.testsupport.TopicProbe.DeadLetter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PoisonRecordIT extends AssignmentIntegrationTest {

    /** An owner nobody else in the tests gets leads, so her open leads are this test's alone. */
    private static final Owner CAROL = TestEvents.user("005-carol-poison", "Carol Chen");

    @Autowired
    LeadLoads leadLoads;

    private long openLeadsOfCarol() {
        return leadLoads.openLeads(List.of(CAROL.getId())).get(CAROL.getId());
    }

    private static final byte[] GARBAGE = "{\"leadId\": \"not avro\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void shouldDeadLetterAnUndecodableActivationAndKeepConsuming() {
        String poisoned = newLeadId();
        String healthy = newLeadId();

        upstream.publishRaw(Topics.RESPONSE_ACTIVATED, poisoned, GARBAGE);
        upstream.publish(Topics.RESPONSE_ACTIVATED, activation(healthy).build());

        DeadLetter dead = probe.awaitDeadLetter(Topics.RESPONSE_ACTIVATED, poisoned);
        assertThat(dead.value()).isEqualTo(GARBAGE);
        assertThat(dead.reason()).startsWith("response.activated: not a ResponseActivated in Avro single-object encoding");
        probe.awaitEvent(Topics.LEAD_ASSIGNMENT_REQUESTED, healthy);
    }

    @Test
    void shouldDeadLetterAnUndecodableOwnerChangeAndKeepConsuming() {
        String poisoned = newLeadId();
        String healthy = newLeadId();
        LeadOwnerChanged healthyChange = ownerChange(healthy, ROUTING_QUEUE, BOB, clock.instant());

        upstream.publishRaw(Topics.LEAD_OWNER_CHANGED, poisoned, GARBAGE);
        upstream.publish(Topics.LEAD_OWNER_CHANGED, healthyChange);

        DeadLetter dead = probe.awaitDeadLetter(Topics.LEAD_OWNER_CHANGED, poisoned);
        assertThat(dead.value()).isEqualTo(GARBAGE);
        assertThat(dead.reason()).startsWith("lead.owner.changed: not a LeadOwnerChanged in Avro single-object encoding");
        awaitRecorded(healthyChange);
    }

    @Test
    void shouldDeadLetterAnUndecodableStatusChangeAndKeepConsuming() {
        String poisoned = newLeadId();
        String healthy = newLeadId();
        LeadOwnerChanged toCarol = ownerChange(healthy, ROUTING_QUEUE, CAROL, clock.instant().minusSeconds(5));
        upstream.publish(Topics.LEAD_OWNER_CHANGED, toCarol);
        awaitRecorded(toCarol);
        await().atMost(TopicProbe.PATIENCE).until(() -> openLeadsOfCarol() == 1);

        upstream.publishRaw(Topics.LEAD_STATUS_CHANGED, poisoned, GARBAGE);
        upstream.publish(Topics.LEAD_STATUS_CHANGED,
                TestEvents.statusChanged(healthy, "Working", "Converted").setOccurredAt(clock.instant()).build());

        DeadLetter dead = probe.awaitDeadLetter(Topics.LEAD_STATUS_CHANGED, poisoned);
        assertThat(dead.value()).isEqualTo(GARBAGE);
        assertThat(dead.reason()).startsWith("lead.status.changed: not a LeadStatusChanged in Avro single-object encoding");
        await().atMost(TopicProbe.PATIENCE).until(() -> openLeadsOfCarol() == 0);
    }

    @Test
    void shouldDeadLetterAnUndecodableOpportunityChangeAndKeepConsuming() {
        String poisoned = newLeadId();
        String healthy = newLeadId();

        upstream.publishRaw(Topics.OPPORTUNITY_CHANGED, poisoned, GARBAGE);
        upstream.publish(Topics.OPPORTUNITY_CHANGED, TestEvents.opportunityChanged(healthy, "006-" + healthy, CAROL,
                true).setOccurredAt(clock.instant()).build());

        DeadLetter dead = probe.awaitDeadLetter(Topics.OPPORTUNITY_CHANGED, poisoned);
        assertThat(dead.value()).isEqualTo(GARBAGE);
        assertThat(dead.reason()).startsWith("opportunity.changed: not a OpportunityChanged in Avro single-object encoding");
        await().atMost(TopicProbe.PATIENCE).until(() -> leadLoads.openOpportunities(List.of(CAROL.getId()))
                .get(CAROL.getId()) == 1);
    }

    @Test
    void shouldDeadLetterAnOwnerChangeToAnOwnerOfUnknownKind() {
        String leadId = newLeadId();
        LeadOwnerChanged unknownKind = TestEvents.ownerChanged(leadId, ROUTING_QUEUE,
                        TestEvents.user("005-carol", "Carol Chen"))
                .setOccurredAt(clock.instant()).build();
        unknownKind.getNewOwner().setKind(OwnerKind.UNKNOWN);

        upstream.publish(Topics.LEAD_OWNER_CHANGED, unknownKind);

        assertThat(probe.awaitDeadLetter(Topics.LEAD_OWNER_CHANGED, leadId).reason()).isEqualTo("lead.owner.changed "
                + unknownKind.getEventId() + ": owner 005-carol is of an unknown kind (neither USER nor QUEUE)");
        assertThat(leadOwners.latest(leadId)).isEmpty();
    }
}
