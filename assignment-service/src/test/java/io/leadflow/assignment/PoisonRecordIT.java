package io.leadflow.assignment;

import static io.leadflow.testsupport.TestEvents.BOB;
import static io.leadflow.testsupport.TestEvents.ROUTING_QUEUE;
import static io.leadflow.testsupport.TestEvents.newLeadId;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.events.LeadOwnerChanged;
import io.leadflow.events.OwnerKind;
import io.leadflow.schemas.Topics;
import io.leadflow.testsupport.TestEvents;
import io.leadflow.testsupport.TopicProbe.DeadLetter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PoisonRecordIT extends AssignmentIntegrationTest {

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
