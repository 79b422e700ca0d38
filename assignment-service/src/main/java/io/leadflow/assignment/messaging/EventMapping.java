package io.leadflow.assignment.messaging;

import io.leadflow.assignment.domain.Activation;
import io.leadflow.assignment.domain.ActivationKind;
import io.leadflow.assignment.domain.Lead;
import io.leadflow.assignment.domain.LeadAttributes;
import io.leadflow.assignment.domain.LeadRoles;
import io.leadflow.assignment.domain.Owner;
import io.leadflow.assignment.domain.LeadStatusChange;
import io.leadflow.assignment.domain.OwnerChange;
import io.leadflow.assignment.domain.routing.LeadLoads;
import io.leadflow.assignment.domain.OwnerKind;
import io.leadflow.assignment.domain.Round;
import io.leadflow.assignment.domain.routing.RoutingExplanation;
import io.leadflow.assignment.domain.offer.AcknowledgementFact;
import io.leadflow.events.CandidateVerdict;
import io.leadflow.events.LeadAcknowledged;
import io.leadflow.events.LeadOwnerChanged;
import io.leadflow.events.LeadSnapshot;
import io.leadflow.events.LeadStatusChanged;
import io.leadflow.events.OpportunityChanged;
import io.leadflow.events.ResponseActivated;
import io.leadflow.events.RoutingCandidate;
import io.leadflow.platform.events.InvalidEventException;

/** Avro events to domain types and back, at the edge; a decodable event the domain cannot use is rejected here. */
final class EventMapping {

    private EventMapping() {
    }

    /**
     * A v1 writer's activation has no {@code triggerNotification}: Avro fills in its default, true. A reactivation
     * needs its event id, which names its round of assignment; a kind this version does not know is routed as a
     * first activation.
     */
    static Activation activation(ResponseActivated event) {
        String context = "response.activated " + event.getEventId();
        return new Activation(
                required(event.getResponseId(), "responseId", context),
                required(event.getLeadId(), "leadId", context),
                event.getCampaignId(),
                event.getCorrelationId(),
                event.getOccurredAt(),
                lead(event.getLead(), context),
                event.getTriggerAssignment(),
                round(event, context));
    }

    private static Round round(ResponseActivated event, String context) {
        Round round = switch (event.getKind()) {
            case REACTIVATED -> Round.reactivation(required(event.getEventId(), "eventId of a reactivation", context),
                    event.getReactivationScenario(), event.getReactivationDecisionId());
            case NEW_RESPONSE -> Round.firstActivation(event.getEventId());
            case UNKNOWN -> new Round(event.getEventId(), ActivationKind.UNKNOWN, true, null, null);
        };
        return event.getTriggerNotification() ? round : round.withoutNotification();
    }

    /** An acknowledgement must say who acknowledged, and that is a user: a queue cannot acknowledge an offer. */
    static AcknowledgementFact acknowledgement(LeadAcknowledged event) {
        String context = "lead.acknowledged " + event.getEventId();
        Owner by = owner(event.getAcknowledgedBy(), context);
        if (by == null || by.kind() != OwnerKind.USER) {
            throw new InvalidEventException(context + ": acknowledgedBy must be a USER (only users are offered leads)");
        }
        String offerId = event.getOfferId();
        return new AcknowledgementFact(required(event.getLeadId(), "leadId", context),
                offerId == null || offerId.isBlank() ? null : offerId, by, event.getOccurredAt());
    }

    static LeadStatusChange statusChange(LeadStatusChanged event) {
        return new LeadStatusChange(required(event.getLeadId(), "leadId", "lead.status.changed " + event.getEventId()),
                event.getStatus(), event.getOccurredAt());
    }

    static LeadLoads.Opportunity opportunity(OpportunityChanged event) {
        return new LeadLoads.Opportunity(
                required(event.getOpportunityId(), "opportunityId", "opportunity.changed " + event.getEventId()),
                event.getOwner() == null ? null : event.getOwner().getId(), event.getOpen(), event.getOccurredAt());
    }

    /**
     * An owner change of the lead's primary agent (no role, or PRIMARY_AGENT: every writer before version 2) or
     * of another of its agent roles.
     */
    record AgentChange(String role, OwnerChange change) {

        boolean isPrimaryAgent() {
            return role == null || LeadRoles.PRIMARY_AGENT.equalsIgnoreCase(role);
        }

        LeadRoles.RoleChange roleChange() {
            return new LeadRoles.RoleChange(change.eventId(), change.leadId(), role.toUpperCase(java.util.Locale.ROOT),
                    change.newOwner(), change.occurredAt());
        }
    }

    static AgentChange agentChange(LeadOwnerChanged event) {
        String role = event.getRole();
        return new AgentChange(role == null || role.isBlank() ? null : role.trim(), ownerChange(event));
    }

    static OwnerChange ownerChange(LeadOwnerChanged event) {
        String context = "lead.owner.changed " + event.getEventId();
        return new OwnerChange(
                event.getEventId(),
                required(event.getLeadId(), "leadId", context),
                event.getOccurredAt(),
                owner(event.getPreviousOwner(), context),
                owner(event.getNewOwner(), context),
                event.getChangedBy());
    }

    private static Lead lead(LeadSnapshot lead, String context) {
        io.leadflow.events.LeadAttributes attributes = lead.getAttributes();
        return new Lead(owner(lead.getOwner(), context), lead.getScore(), lead.getStatus(), new LeadAttributes(
                attributes.getFirstName(), attributes.getLastName(), attributes.getEmail(), attributes.getTitle(),
                attributes.getCompany(), attributes.getCompanySize(), attributes.getCountry(), attributes.getState(),
                attributes.getIndustry(), attributes.getTags(), attributes.getCustom()));
    }

    private static Owner owner(io.leadflow.events.Owner owner, String context) {
        if (owner == null) {
            return null;
        }
        OwnerKind kind = switch (owner.getKind()) {
            case USER -> OwnerKind.USER;
            case QUEUE -> OwnerKind.QUEUE;
            case UNKNOWN -> throw new InvalidEventException(
                    context + ": owner " + owner.getId() + " is of an unknown kind (neither USER nor QUEUE)");
        };
        return new Owner(required(owner.getId(), "owner id", context), kind, owner.getName());
    }

    private static String required(String value, String field, String context) {
        if (value == null || value.isBlank()) {
            throw new InvalidEventException(context + ": " + field + " must not be blank");
        }
        return value;
    }

    static io.leadflow.events.Owner toAvro(Owner owner) {
        return owner == null ? null : io.leadflow.events.Owner.newBuilder()
                .setId(owner.id())
                .setKind(io.leadflow.events.OwnerKind.valueOf(owner.kind().name()))
                .setName(owner.name())
                .build();
    }

    static io.leadflow.events.RoutingExplanation toAvro(RoutingExplanation explanation) {
        return io.leadflow.events.RoutingExplanation.newBuilder()
                .setSummary(explanation.summary())
                .setConfigurationVersion(explanation.configurationVersion())
                .setAssignmentRule(explanation.assignmentRule())
                .setDistributionRule(explanation.distributionRule())
                .setSteps(explanation.steps())
                .setCandidates(explanation.candidates().stream().map(candidate -> RoutingCandidate.newBuilder()
                        .setUserId(candidate.userId())
                        .setName(candidate.name())
                        .setVerdict(CandidateVerdict.valueOf(candidate.verdict().name()))
                        .setDetail(candidate.detail())
                        .build()).toList())
                .build();
    }

    static LeadSnapshot toAvro(Lead lead) {
        LeadAttributes attributes = lead.attributes();
        return LeadSnapshot.newBuilder()
                .setOwner(toAvro(lead.owner()))
                .setScore(lead.score())
                .setStatus(lead.status())
                .setAttributes(io.leadflow.events.LeadAttributes.newBuilder()
                        .setFirstName(attributes.firstName()).setLastName(attributes.lastName())
                        .setEmail(attributes.email()).setTitle(attributes.title())
                        .setCompany(attributes.company()).setCompanySize(attributes.companySize())
                        .setCountry(attributes.country()).setState(attributes.state())
                        .setIndustry(attributes.industry()).setTags(attributes.tags())
                        .setCustom(attributes.custom())
                        .build())
                .build();
    }
}
