package io.leadflow.response;

import static io.leadflow.testsupport.TestEvents.ALICE;
import static io.leadflow.response.ReactivationEvents.insertingDefaultMember;
import static io.leadflow.response.ReactivationEvents.reactivating;
import static io.leadflow.testsupport.TestEvents.lead;
import static io.leadflow.testsupport.TestEvents.leadAssigned;
import static io.leadflow.testsupport.TestEvents.newLeadId;
import static io.leadflow.testsupport.TestEvents.responseCreated;
import static io.leadflow.testsupport.TestEvents.statusChanged;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.leadflow.events.ResponseCreated;
import io.leadflow.events.ResponseReactivationDecided;
import io.leadflow.platform.events.EventIds;
import io.leadflow.response.StoreOperations.Operation;
import io.leadflow.schemas.Topics;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What the hot path costs the store: operations by id only, a fixed number per batch. */
class StoreOperationsIT extends ResponseServiceIT {

    @Autowired
    StoreOperations store;

    @Test
    void shouldSelectByIdOnlyAndSpendSevenStoreOperationsOnALeadActivatedAndAssigned() {
        String leadId = newLeadId();
        ResponseCreated created = responseCreated(leadId).build();

        publish(Topics.RESPONSE_CREATED, created);
        probe.awaitEvent(Topics.RESPONSE_ACTIVATED, leadId);
        await().until(() -> storedCampaignMember(created.getResponseId()).getBoolean("activationPublished"));
        publish(Topics.LEAD_ASSIGNED, leadAssigned(leadId, created.getResponseId(), ALICE).build());
        await().until(() -> storedCampaignMember(created.getResponseId()).get("firstOwner") != null);

        List<Operation> operations = store.mentioning(leadId, created.getResponseId());
        assertThat(operations).extracting(Operation::toString).containsExactly(
                "find campaign_members", "find leads", "insert campaign_members", "update leads",
                "update campaign_members",
                "find campaign_members", "update campaign_members");
        assertThat(operations).flatExtracting(Operation::filters)
                .allSatisfy(filter -> assertThat(filter.keySet()).containsExactly("_id"));
    }

    @Test
    void shouldSelectByIdOnlyAndSpendFourStoreOperationsOnClosingAFunnel() {
        String leadId = newLeadId();
        ResponseCreated created = responseCreated(leadId).build();
        publish(Topics.RESPONSE_CREATED, created);
        await().until(() -> storedCampaignMember(created.getResponseId()) != null
                && storedCampaignMember(created.getResponseId()).getBoolean("activationPublished"));

        publish(Topics.LEAD_STATUS_CHANGED, statusChanged(leadId, "Working", "Converted").build());
        probe.awaitEvent(Topics.RESPONSE_CLOSED, leadId);
        await().until(() -> storedLead(leadId).getString("activeResponseId") == null);

        List<Operation> operations = store.mentioning(leadId, created.getResponseId());
        assertThat(operations).extracting(Operation::toString).containsExactly(
                "find campaign_members", "find leads", "insert campaign_members", "update leads",
                "update campaign_members",
                "find leads", "find campaign_members", "update campaign_members", "update leads");
        assertThat(operations).flatExtracting(Operation::filters)
                .allSatisfy(filter -> assertThat(filter.keySet()).containsExactly("_id"));
    }

    @Test
    void shouldSelectByIdOnlyAndSpendFiveStoreOperationsOnAReactivationAndThreeOnARefusal() {
        String leadId = newLeadId();
        ResponseCreated resolved = responseCreated(leadId).setLead(lead().setScore(30).build()).build();
        publish(Topics.RESPONSE_CREATED, resolved);
        awaitCampaignMember(resolved.getResponseId(), "Resolved - No Action Required");

        publish(Topics.RESPONSE_REACTIVATION_DECIDED, reactivating(resolved).build());
        probe.awaitEvent(Topics.RESPONSE_ACTIVATED, leadId);
        ResponseReactivationDecided refused = insertingDefaultMember(leadId).build();
        publish(Topics.RESPONSE_REACTIVATION_DECIDED, refused);
        await().until(() -> !get("/leads/{leadId}/reactivation-refusals", leadId).getBody().isEmpty());

        List<Operation> operations = store.mentioning(leadId, resolved.getResponseId(),
                EventIds.derived("default-member", refused.getEventId()));
        assertThat(operations).extracting(Operation::toString).containsExactly(
                "find campaign_members", "insert campaign_members",
                "find campaign_members", "find leads", "update campaign_members", "update leads",
                "update campaign_members",
                "find campaign_members", "find leads", "update leads");
        assertThat(operations).flatExtracting(Operation::filters)
                .allSatisfy(filter -> assertThat(filter.keySet()).containsExactly("_id"));
    }
}
