package io.leadflow.response;

import static io.leadflow.testsupport.TestEvents.ALICE;
import static io.leadflow.testsupport.TestEvents.BOB;
import static io.leadflow.testsupport.TestEvents.leadAssigned;
import static io.leadflow.testsupport.TestEvents.newLeadId;
import static io.leadflow.testsupport.TestEvents.responseCreated;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.leadflow.events.AssignmentMethod;
import io.leadflow.events.LeadAssigned;
import io.leadflow.events.ResponseCreated;
import io.leadflow.schemas.Topics;
import io.leadflow.testsupport.TopicProbe.DeadLetter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class LeadAssignedIT extends ResponseServiceIT {

    @Test
    void shouldSetTheFirstOwnerMetricsOnceAndKeepThemWhenTheLeadIsAssignedAgain() {
        String leadId = newLeadId();
        ResponseCreated response = activate(responseCreated(leadId).build());
        LeadAssigned toAlice = leadAssigned(leadId, response.getResponseId(), ALICE).build();

        publish(Topics.LEAD_ASSIGNED, toAlice);

        JsonNode firstOwned = awaitFirstOwner(response.getResponseId());
        assertThat(firstOwned.get("firstOwner")).isEqualTo(json("""
                {"id": "005-alice", "kind": "USER", "name": "Alice Archer"}"""));
        assertThat(firstOwned.get("firstOwnerAssignedAt").asString()).isEqualTo(toAlice.getAssignedAt().toString());
        assertThat(firstOwned.get("timeToFirstOwnerMillis").asLong()).isEqualTo(4000);
        assertThat(firstOwned.get("firstOwnerMethod").asString()).isEqualTo("EXTERNAL_ENGINE");
        assertThat(storedCampaignMember(response.getResponseId()).getString("firstOwnerEventId"))
                .isEqualTo(toAlice.getEventId());

        LeadAssigned toBob = leadAssigned(leadId, response.getResponseId(), BOB)
                .setMethod(AssignmentMethod.TIMEOUT_FALLBACK)
                .setAssignedAt(toAlice.getAssignedAt().plusSeconds(600))
                .setTimeToAssignMillis(604_000)
                .build();
        publish(Topics.LEAD_ASSIGNED, toBob);
        awaitLaterAssignmentsHandled(leadId);

        assertThat(campaignMember(response.getResponseId())).isEqualTo(firstOwned);
        assertThat(storedCampaignMember(response.getResponseId()).getString("firstOwnerEventId"))
                .isEqualTo(toAlice.getEventId());
    }

    @Test
    void shouldChangeNothingWhenTheAssignmentIsDeliveredTwice() {
        String leadId = newLeadId();
        ResponseCreated response = activate(responseCreated(leadId).build());
        LeadAssigned toAlice = leadAssigned(leadId, response.getResponseId(), ALICE).build();
        publish(Topics.LEAD_ASSIGNED, toAlice);
        JsonNode firstOwned = awaitFirstOwner(response.getResponseId());

        publish(Topics.LEAD_ASSIGNED, toAlice);
        String barrierReason = awaitLaterAssignmentsHandled(leadId);

        assertThat(campaignMember(response.getResponseId())).isEqualTo(firstOwned);
        assertThat(probe.deadLetters(Topics.LEAD_ASSIGNED))
                .filteredOn(dead -> dead.key().equals(leadId))
                .extracting(DeadLetter::reason)
                .containsExactly(barrierReason);
    }

    @Test
    void shouldDeadLetterAnAssignmentOfAnUnknownResponse() {
        String leadId = newLeadId();

        publish(Topics.LEAD_ASSIGNED, leadAssigned(leadId, "00v-unknown", ALICE).build());

        assertThat(probe.awaitDeadLetter(Topics.LEAD_ASSIGNED, leadId).reason())
                .isEqualTo("no campaign member 00v-unknown for lead " + leadId);
    }

    @Test
    void shouldDeadLetterAnUndecodableRecordAndCarryOn() {
        String leadId = newLeadId();
        ResponseCreated response = activate(responseCreated(leadId).build());
        byte[] garbage = new byte[] {(byte) 0xC3, 0x01, 0x00, 0x7F};

        upstream.publishRaw(Topics.LEAD_ASSIGNED, leadId, garbage);
        publish(Topics.LEAD_ASSIGNED, leadAssigned(leadId, response.getResponseId(), ALICE).build());

        DeadLetter dead = probe.awaitDeadLetter(Topics.LEAD_ASSIGNED, leadId);
        assertThat(dead.value()).isEqualTo(garbage);
        assertThat(dead.reason()).startsWith("lead.assigned: ");
        assertThat(awaitFirstOwner(response.getResponseId()).get("firstOwner").get("id").asString())
                .isEqualTo("005-alice");
    }

    @Test
    void shouldDeadLetterAnAssignmentOfAnUnknownResponseAndRecordTheOthersOfItsBatch() {
        int partition = partitionOf(newLeadId());
        ResponseCreated first = activate(responseCreated(newLeadIdOnPartition(partition)).build());
        ResponseCreated second = activate(responseCreated(newLeadIdOnPartition(partition)).build());
        LeadAssigned firstToAlice = leadAssigned(first.getLeadId(), first.getResponseId(), ALICE).build();
        LeadAssigned unknown = leadAssigned(second.getLeadId(), "00v-unknown", ALICE).build();
        LeadAssigned secondToBob = leadAssigned(second.getLeadId(), second.getResponseId(), BOB).build();
        LeadAssigned firstToBob = leadAssigned(first.getLeadId(), first.getResponseId(), BOB).build();

        publishInOnePoll(Topics.LEAD_ASSIGNED, List.of(firstToAlice, unknown, secondToBob, firstToBob));

        assertThat(probe.awaitDeadLetter(Topics.LEAD_ASSIGNED, second.getLeadId()).reason())
                .isEqualTo("no campaign member 00v-unknown for lead " + second.getLeadId());
        // An assignment after them on the same partition: once it is dead-lettered, they have all been handled.
        String barrier = newLeadIdOnPartition(partition);
        publish(Topics.LEAD_ASSIGNED, leadAssigned(barrier, "00v-barrier", BOB).build());
        probe.awaitDeadLetter(Topics.LEAD_ASSIGNED, barrier);
        assertThat(storedCampaignMember(first.getResponseId()).getString("firstOwnerEventId"))
                .isEqualTo(firstToAlice.getEventId());
        assertThat(storedCampaignMember(second.getResponseId()).getString("firstOwnerEventId"))
                .isEqualTo(secondToBob.getEventId());
        assertThat(probe.deadLetters(Topics.LEAD_ASSIGNED))
                .filteredOn(dead -> List.of(first.getLeadId(), second.getLeadId()).contains(dead.key()))
                .extracting(DeadLetter::reason)
                .containsExactly("no campaign member 00v-unknown for lead " + second.getLeadId());
    }

    private ResponseCreated activate(ResponseCreated created) {
        publish(Topics.RESPONSE_CREATED, created);
        probe.awaitEvent(Topics.RESPONSE_ACTIVATED, created.getLeadId());
        return created;
    }

    private JsonNode awaitFirstOwner(String responseId) {
        await().until(() -> !campaignMember(responseId).get("firstOwner").isNull());
        return campaignMember(responseId);
    }

    /**
     * Publishes an assignment of an unknown response for the lead and waits for its dead letter: on the lead's
     * partition, every assignment published before it has then been handled.
     */
    private String awaitLaterAssignmentsHandled(String leadId) {
        publish(Topics.LEAD_ASSIGNED, leadAssigned(leadId, "00v-barrier", BOB).build());
        return probe.awaitDeadLetter(Topics.LEAD_ASSIGNED, leadId).reason();
    }
}
