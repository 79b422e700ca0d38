package io.leadflow.testsupport;

import io.leadflow.events.ActivationKind;
import io.leadflow.events.AssignmentMethod;
import io.leadflow.events.LeadAssigned;
import io.leadflow.events.LeadAttributes;
import io.leadflow.events.LeadOwnerChanged;
import io.leadflow.events.LeadScoreChanged;
import io.leadflow.events.LeadSnapshot;
import io.leadflow.events.LeadStatusChanged;
import io.leadflow.events.OpportunityChanged;
import io.leadflow.events.Owner;
import io.leadflow.events.OwnerKind;
import io.leadflow.events.ReactivationRequested;
import io.leadflow.events.RelatedRecordType;
import io.leadflow.events.ResponseActivated;
import io.leadflow.events.ResponseCreated;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Object mother for events: valid, realistic defaults that a test changes only where it matters.
 * Every method returns a builder, so {@code TestEvents.responseCreated(lead).setResponded(false).build()}.
 */
public final class TestEvents {

    public static final Owner INBOUND_QUEUE = queue("00G-inbound", "Inbound Leads Queue");
    public static final Owner ROUTING_QUEUE = queue("00G-routing", "Lead Routing Queue");
    public static final Owner ALICE = user("005-alice", "Alice Archer");
    public static final Owner BOB = user("005-bob", "Bob Baker");

    private TestEvents() {
    }

    public static String newLeadId() {
        return "00Q-" + UUID.randomUUID();
    }

    public static Owner user(String id, String name) {
        return Owner.newBuilder().setId(id).setKind(OwnerKind.USER).setName(name).build();
    }

    public static Owner queue(String id, String name) {
        return Owner.newBuilder().setId(id).setKind(OwnerKind.QUEUE).setName(name).build();
    }

    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    public static LeadSnapshot.Builder lead() {
        return LeadSnapshot.newBuilder()
                .setOwner(INBOUND_QUEUE)
                .setScore(85)
                .setStatus("Open")
                .setAttributes(LeadAttributes.newBuilder()
                        .setFirstName("Dana").setLastName("Reyes").setEmail("dana.reyes@acme.example")
                        .setTitle("VP Operations").setCompany("Acme Corp").setCompanySize(1200)
                        .setCountry("US").setState("CA").setIndustry("Manufacturing")
                        .setTags(List.of("enterprise", "webinar")).setCustom(Map.of("region", "AMER"))
                        .build());
    }

    public static ResponseCreated.Builder responseCreated(String leadId) {
        return ResponseCreated.newBuilder()
                .setEventId(UUID.randomUUID().toString()).setOccurredAt(now())
                .setCorrelationId(UUID.randomUUID().toString()).setLeadId(leadId)
                .setResponseId("00v-" + UUID.randomUUID()).setCampaignId("701-spring-webinar")
                .setCampaignName("Spring Webinar").setMemberStatus("Responded").setResponded(true)
                .setLead(lead().build());
    }

    public static ResponseActivated.Builder responseActivated(String leadId) {
        return ResponseActivated.newBuilder()
                .setEventId(UUID.randomUUID().toString()).setOccurredAt(now())
                .setCorrelationId(UUID.randomUUID().toString()).setLeadId(leadId)
                .setResponseId("00v-" + UUID.randomUUID()).setCampaignId("701-spring-webinar")
                .setKind(ActivationKind.NEW_RESPONSE).setLead(lead().build()).setTriggerAssignment(true);
    }

    /** An integrator's request to run the invocable scenario for the lead, for a completed task. */
    public static ReactivationRequested.Builder reactivationRequested(String leadId, String scenario) {
        return ReactivationRequested.newBuilder()
                .setEventId(UUID.randomUUID().toString()).setOccurredAt(now())
                .setCorrelationId(UUID.randomUUID().toString()).setLeadId(leadId)
                .setScenario(scenario).setRelatedRecordType(RelatedRecordType.TASK).setRelatedRecordId("00T-1");
    }

    public static LeadOwnerChanged.Builder ownerChanged(String leadId, Owner from, Owner to) {
        return LeadOwnerChanged.newBuilder()
                .setEventId(UUID.randomUUID().toString()).setOccurredAt(now())
                .setCorrelationId(UUID.randomUUID().toString()).setLeadId(leadId)
                .setPreviousOwner(from).setNewOwner(to).setChangedBy("matchmaker");
    }

    public static LeadScoreChanged.Builder scoreChanged(String leadId, Integer from, int to) {
        return LeadScoreChanged.newBuilder()
                .setEventId(UUID.randomUUID().toString()).setOccurredAt(now())
                .setCorrelationId(UUID.randomUUID().toString()).setLeadId(leadId)
                .setPreviousScore(from).setScore(to);
    }

    public static LeadStatusChanged.Builder statusChanged(String leadId, String from, String to) {
        return LeadStatusChanged.newBuilder()
                .setEventId(UUID.randomUUID().toString()).setOccurredAt(now())
                .setCorrelationId(UUID.randomUUID().toString()).setLeadId(leadId)
                .setPreviousStatus(from).setStatus(to);
    }

    /** An opportunity, converted from {@code leadId}, owned by {@code owner} and open or not. */
    public static OpportunityChanged.Builder opportunityChanged(String leadId, String opportunityId, Owner owner,
            boolean open) {
        return OpportunityChanged.newBuilder()
                .setEventId(UUID.randomUUID().toString()).setOccurredAt(now())
                .setCorrelationId(UUID.randomUUID().toString()).setLeadId(leadId)
                .setOpportunityId(opportunityId).setOwner(owner).setOpen(open)
                .setStage(open ? "Proposal" : "Closed Lost");
    }

    public static LeadAssigned.Builder leadAssigned(String leadId, String responseId, Owner owner) {
        Instant assignedAt = now();
        return LeadAssigned.newBuilder()
                .setEventId(UUID.randomUUID().toString()).setOccurredAt(assignedAt)
                .setCorrelationId(UUID.randomUUID().toString()).setLeadId(leadId)
                .setResponseId(responseId).setCampaignId("701-spring-webinar")
                .setOwner(owner).setPreviousOwner(ROUTING_QUEUE).setMethod(AssignmentMethod.EXTERNAL_ENGINE)
                .setReason("Matchmaker moved the lead off Lead Routing Queue")
                .setActivatedAt(assignedAt.minusSeconds(4)).setAssignedAt(assignedAt).setTimeToAssignMillis(4000)
                .setLead(lead().setOwner(owner).build());
    }
}
