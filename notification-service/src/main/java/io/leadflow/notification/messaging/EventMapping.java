package io.leadflow.notification.messaging;

import io.leadflow.events.LeadAssigned;
import io.leadflow.events.LeadAttributes;
import io.leadflow.events.LeadExpired;
import io.leadflow.events.LeadOffered;
import io.leadflow.events.LeadSnapshot;
import io.leadflow.events.NotificationChannel;
import io.leadflow.events.Owner;
import io.leadflow.events.OwnerKind;
import io.leadflow.notification.domain.AssignmentMethod;
import io.leadflow.notification.domain.Channel;
import io.leadflow.notification.domain.ExpiryReason;
import io.leadflow.notification.domain.LeadAssignment;
import io.leadflow.notification.domain.LeadFacts;
import io.leadflow.notification.domain.LeadOffer;
import io.leadflow.notification.domain.OfferExpiry;
import io.leadflow.notification.domain.OfferKind;
import io.leadflow.notification.domain.Recipient;
import io.leadflow.notification.domain.RecipientKind;
import io.leadflow.schemas.Topics;

/** Avro events to domain types and back: the only place both meet. */
final class EventMapping {

    private EventMapping() {
    }

    static LeadAssignment toDomain(LeadAssigned event) {
        return new LeadAssignment(
                Topics.LEAD_ASSIGNED.name(),
                event.getEventId(),
                event.getCorrelationId(),
                event.getLeadId(),
                event.getResponseId(),
                event.getCampaignId(),
                toDomain(event.getOwner()),
                toDomain(event.getMethod()),
                event.getReason(),
                event.getAssignedAt(),
                event.getTimeToAssignMillis(),
                toDomain(event.getLead()),
                // A v1 or v2 writer's event has no such field: Avro fills in its default, true.
                event.getTriggerNotification());
    }

    static LeadOffer toDomain(LeadOffered event) {
        return new LeadOffer(
                Topics.LEAD_OFFERED.name(),
                event.getEventId(),
                event.getCorrelationId(),
                event.getLeadId(),
                event.getResponseId(),
                event.getCampaignId(),
                event.getAssignmentId(),
                event.getOfferId(),
                toDomain(event.getCandidate()),
                event.getOfferedAt(),
                event.getDeadline(),
                event.getAttempt(),
                toDomain(event.getKind()),
                event.getAcknowledgeUrl(),
                event.getReason(),
                toDomain(event.getLead()),
                event.getTriggerNotification());
    }

    static OfferExpiry toDomain(LeadExpired event) {
        return new OfferExpiry(
                Topics.LEAD_EXPIRED.name(),
                event.getEventId(),
                event.getCorrelationId(),
                event.getLeadId(),
                event.getResponseId(),
                event.getAssignmentId(),
                event.getOfferId(),
                toDomain(event.getOwner()),
                event.getOfferedAt(),
                event.getDeadline(),
                // A v1 writer's event has no reason: Avro fills in its default, NOT_ACKNOWLEDGED.
                toDomain(event.getReason()),
                event.getDetail(),
                event.getTakenBy() == null ? null : toDomain(event.getTakenBy()),
                event.getTriggerNotification());
    }

    static Owner toOwner(Recipient recipient) {
        OwnerKind kind = switch (recipient.kind()) {
            case USER -> OwnerKind.USER;
            case QUEUE -> OwnerKind.QUEUE;
            case UNKNOWN -> OwnerKind.UNKNOWN;
        };
        return Owner.newBuilder().setId(recipient.id()).setKind(kind).setName(recipient.name()).build();
    }

    static NotificationChannel toEventChannel(Channel channel) {
        return switch (channel) {
            case WEBHOOK -> NotificationChannel.WEBHOOK;
            case EMAIL -> NotificationChannel.EMAIL;
        };
    }

    private static Recipient toDomain(Owner owner) {
        RecipientKind kind = switch (owner.getKind()) {
            case USER -> RecipientKind.USER;
            case QUEUE -> RecipientKind.QUEUE;
            case UNKNOWN -> RecipientKind.UNKNOWN;
        };
        return new Recipient(owner.getId(), kind, owner.getName());
    }

    private static LeadFacts toDomain(LeadSnapshot lead) {
        LeadAttributes attributes = lead.getAttributes();
        return new LeadFacts(attributes.getFirstName(), attributes.getLastName(), attributes.getEmail(),
                attributes.getTitle(), attributes.getCompany(), attributes.getCountry(), attributes.getState(),
                lead.getScore(), lead.getStatus());
    }

    private static OfferKind toDomain(io.leadflow.events.OfferKind kind) {
        return switch (kind) {
            case ROUTING -> OfferKind.ROUTING;
            case SINGLE -> OfferKind.SINGLE;
            case BLAST -> OfferKind.BLAST;
            case ROUND_ROBIN -> OfferKind.ROUND_ROBIN;
            case UNKNOWN -> OfferKind.UNKNOWN;
        };
    }

    private static ExpiryReason toDomain(io.leadflow.events.ExpiryReason reason) {
        return switch (reason) {
            case NOT_ACKNOWLEDGED -> ExpiryReason.NOT_ACKNOWLEDGED;
            case TAKEN_BY_ANOTHER -> ExpiryReason.TAKEN_BY_ANOTHER;
            case WITHDRAWN -> ExpiryReason.WITHDRAWN;
            case UNKNOWN -> ExpiryReason.UNKNOWN;
        };
    }

    private static AssignmentMethod toDomain(io.leadflow.events.AssignmentMethod method) {
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
}
