package io.leadflow.response.messaging;

import io.leadflow.events.LeadAssigned;
import io.leadflow.events.LeadStatusChanged;
import io.leadflow.events.ResponseCreated;
import io.leadflow.events.ResponseReactivationDecided;
import io.leadflow.response.domain.AssignmentMethod;
import io.leadflow.response.domain.CampaignResponse;
import io.leadflow.response.domain.LeadAssignment;
import io.leadflow.response.domain.LeadAttributes;
import io.leadflow.response.domain.LeadSnapshot;
import io.leadflow.response.domain.LeadStatusChange;
import io.leadflow.response.domain.Owner;
import io.leadflow.response.domain.OwnerKind;
import io.leadflow.response.domain.ReactivationAction;
import io.leadflow.response.domain.ReactivationDecision;

/** Maps the Avro events of the topics to domain types and back: Avro stops at this edge. */
public final class EventMapping {

    private EventMapping() {
    }

    public static CampaignResponse toResponse(ResponseCreated event) {
        return new CampaignResponse(event.getResponseId(), event.getLeadId(), event.getCorrelationId(),
                event.getCampaignId(), event.getCampaignName(), event.getMemberStatus(), event.getResponded(),
                event.getOccurredAt(), toSnapshot(event.getLead()));
    }

    public static LeadStatusChange toStatusChange(LeadStatusChanged event) {
        return new LeadStatusChange(event.getEventId(), event.getLeadId(), event.getStatus(), event.getOccurredAt());
    }

    public static LeadAssignment toAssignment(LeadAssigned event) {
        return new LeadAssignment(event.getEventId(), event.getLeadId(), event.getResponseId(),
                toOwner(event.getOwner()), toMethod(event.getMethod()), event.getAssignedAt(),
                event.getTimeToAssignMillis());
    }

    public static ReactivationDecision toReactivationDecision(ResponseReactivationDecided event) {
        return new ReactivationDecision(event.getEventId(), event.getLeadId(), event.getCorrelationId(),
                event.getOccurredAt(), event.getScenario(), toAction(event.getAction()), event.getResponseId(),
                event.getDefaultCampaignId(), event.getDefaultCampaignName(), event.getTriggerAssignment(),
                event.getTriggerNotification(), event.getLead() == null ? null : toSnapshot(event.getLead()),
                event.getReason());
    }

    /** Exhaustive on purpose: a symbol added to the schema fails the build here instead of an event at runtime. */
    static ReactivationAction toAction(io.leadflow.events.ReactivationAction action) {
        return switch (action) {
            case REACTIVATE_RESPONSE -> ReactivationAction.REACTIVATE_RESPONSE;
            case ACTIVATE_NON_RESPONSE -> ReactivationAction.ACTIVATE_NON_RESPONSE;
            case INSERT_DEFAULT_MEMBER -> ReactivationAction.INSERT_DEFAULT_MEMBER;
            case UNKNOWN -> ReactivationAction.UNKNOWN;
        };
    }

    /** Exhaustive on purpose: a symbol added to the schema fails the build here instead of an event at runtime. */
    static AssignmentMethod toMethod(io.leadflow.events.AssignmentMethod method) {
        return switch (method) {
            case EXTERNAL_ENGINE -> AssignmentMethod.EXTERNAL_ENGINE;
            case TIMEOUT_FALLBACK -> AssignmentMethod.TIMEOUT_FALLBACK;
            case OWNER_RETAINED -> AssignmentMethod.OWNER_RETAINED;
            case DIRECT -> AssignmentMethod.DIRECT;
            case ASSIGNMENT_RULE -> AssignmentMethod.ASSIGNMENT_RULE;
            case ROUND_ROBIN -> AssignmentMethod.ROUND_ROBIN;
            case WEIGHTED -> AssignmentMethod.WEIGHTED;
            case LOAD_BALANCED -> AssignmentMethod.LOAD_BALANCED;
            case HOPPER -> AssignmentMethod.HOPPER;
            case HOPPER_CLAIM -> AssignmentMethod.HOPPER_CLAIM;
            case SINGLE_REASSIGNMENT -> AssignmentMethod.SINGLE_REASSIGNMENT;
            case BLAST_REASSIGNMENT -> AssignmentMethod.BLAST_REASSIGNMENT;
            case ROUND_ROBIN_REASSIGNMENT -> AssignmentMethod.ROUND_ROBIN_REASSIGNMENT;
            case FINAL_TARGET -> AssignmentMethod.FINAL_TARGET;
            case MANUAL_REASSIGNMENT -> AssignmentMethod.MANUAL_REASSIGNMENT;
            case GROUP_CLAIM -> AssignmentMethod.GROUP_CLAIM;
            case GROUP_DEFAULT_ASSIGNEE -> AssignmentMethod.GROUP_DEFAULT_ASSIGNEE;
            case UNKNOWN -> AssignmentMethod.UNKNOWN;
        };
    }

    static LeadSnapshot toSnapshot(io.leadflow.events.LeadSnapshot lead) {
        io.leadflow.events.LeadAttributes a = lead.getAttributes();
        return new LeadSnapshot(toOwner(lead.getOwner()), lead.getScore(), lead.getStatus(), new LeadAttributes(
                a.getFirstName(), a.getLastName(), a.getEmail(), a.getTitle(), a.getCompany(), a.getCompanySize(),
                a.getCountry(), a.getState(), a.getIndustry(), a.getTags(), a.getCustom()));
    }

    static io.leadflow.events.LeadSnapshot toAvro(LeadSnapshot lead) {
        LeadAttributes a = lead.attributes();
        return io.leadflow.events.LeadSnapshot.newBuilder()
                .setOwner(toAvro(lead.owner()))
                .setScore(lead.score())
                .setStatus(lead.status())
                .setAttributes(io.leadflow.events.LeadAttributes.newBuilder()
                        .setFirstName(a.firstName()).setLastName(a.lastName()).setEmail(a.email())
                        .setTitle(a.title()).setCompany(a.company()).setCompanySize(a.companySize())
                        .setCountry(a.country()).setState(a.state()).setIndustry(a.industry())
                        .setTags(a.tags()).setCustom(a.custom())
                        .build())
                .build();
    }

    private static Owner toOwner(io.leadflow.events.Owner owner) {
        return owner == null ? null
                : new Owner(owner.getId(), OwnerKind.valueOf(owner.getKind().name()), owner.getName());
    }

    private static io.leadflow.events.Owner toAvro(Owner owner) {
        return owner == null ? null : io.leadflow.events.Owner.newBuilder()
                .setId(owner.id())
                .setKind(io.leadflow.events.OwnerKind.valueOf(owner.kind().name()))
                .setName(owner.name())
                .build();
    }
}
