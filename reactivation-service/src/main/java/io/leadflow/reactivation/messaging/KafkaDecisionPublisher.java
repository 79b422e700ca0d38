package io.leadflow.reactivation.messaging;

import io.leadflow.events.LeadUpdateRequested;
import io.leadflow.events.ReactivationAction;
import io.leadflow.events.ReactivationTrigger;
import io.leadflow.events.ResponseReactivationDecided;
import io.leadflow.platform.kafka.EventPublisher;
import io.leadflow.platform.kafka.PublicationBatch;
import io.leadflow.reactivation.domain.decision.Decision;
import io.leadflow.reactivation.domain.decision.DecisionPublisher;
import io.leadflow.reactivation.domain.decision.SyncRequest;
import io.leadflow.reactivation.domain.run.Action;
import io.leadflow.schemas.Topics;
import java.util.List;
import org.springframework.stereotype.Component;

/** Publishes decisions to {@code response.reactivation.decided} and sync commands to {@code lead.update.requested}. */
@Component
class KafkaDecisionPublisher implements DecisionPublisher {

    private final EventPublisher publisher;

    KafkaDecisionPublisher(EventPublisher publisher) {
        this.publisher = publisher;
    }

    @Override
    public void publish(List<Decision> decisions, List<SyncRequest> syncRequests) {
        PublicationBatch batch = publisher.batch();
        decisions.forEach(decision -> batch.add(Topics.RESPONSE_REACTIVATION_DECIDED, toAvro(decision)));
        syncRequests.forEach(request -> batch.add(Topics.LEAD_UPDATE_REQUESTED, toAvro(request)));
        batch.awaitConfirmed();
    }

    private static ResponseReactivationDecided toAvro(Decision decision) {
        boolean inserts = decision.action() == Action.INSERT_DEFAULT_MEMBER;
        return ResponseReactivationDecided.newBuilder()
                .setEventId(decision.eventId())
                .setOccurredAt(decision.decidedAt())
                .setCorrelationId(decision.correlationId())
                .setLeadId(decision.leadId())
                .setScenario(decision.scenario())
                .setTrigger(ReactivationTrigger.valueOf(decision.trigger().name()))
                .setAction(ReactivationAction.valueOf(decision.action().name()))
                .setResponseId(inserts ? null : decision.responseId())
                .setDefaultCampaignId(inserts ? decision.campaignId() : null)
                .setDefaultCampaignName(inserts ? decision.campaignName() : null)
                .setTriggerAssignment(decision.triggerAssignment())
                .setTriggerNotification(decision.triggerNotification())
                .setLead(EventMapping.toAvro(decision.lead()))
                .setReason(decision.reason())
                .setTriggerEventId(decision.triggerEventId())
                .setRelatedRecordType(decision.relatedRecordType())
                .setRelatedRecordId(decision.relatedRecordId())
                .build();
    }

    private static LeadUpdateRequested toAvro(SyncRequest request) {
        return LeadUpdateRequested.newBuilder()
                .setEventId(request.eventId())
                .setOccurredAt(request.requestedAt())
                .setCorrelationId(request.correlationId())
                .setLeadId(request.leadId())
                .setFields(request.fields())
                .setSource(request.source())
                .setCauseEventId(request.causeEventId())
                .build();
    }
}
