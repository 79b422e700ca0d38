package io.leadflow.response.messaging;

import io.leadflow.events.ActivationKind;
import io.leadflow.events.ResponseActivated;
import io.leadflow.platform.events.EventIds;
import io.leadflow.platform.kafka.EventPublisher;
import io.leadflow.platform.kafka.PublicationBatch;
import io.leadflow.response.domain.ActivationPublisher;
import io.leadflow.response.domain.AppliedReactivation;
import io.leadflow.response.domain.CampaignMember;
import io.leadflow.schemas.Topics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Publishes activations, of new responses and reactivated ones, to {@code response.activated}, a batch at a time,
 * and counts them, once confirmed, in {@value #ACTIVATIONS_METRIC} (tag {@code kind}).
 */
@Component
class KafkaActivationPublisher implements ActivationPublisher {

    static final String ACTIVATIONS_METRIC = "leadflow.activations";

    private final EventPublisher publisher;
    private final Counter newResponses;
    private final Counter reactivated;

    KafkaActivationPublisher(EventPublisher publisher, MeterRegistry meters) {
        this.publisher = publisher;
        this.newResponses = activations(ActivationKind.NEW_RESPONSE, meters);
        this.reactivated = activations(ActivationKind.REACTIVATED, meters);
    }

    private static Counter activations(ActivationKind kind, MeterRegistry meters) {
        return Counter.builder(ACTIVATIONS_METRIC)
                .description("Responses that became the active response, published to response.activated")
                .tag("kind", kind.name())
                .register(meters);
    }

    @Override
    public void publishNewResponses(List<CampaignMember> members) {
        PublicationBatch batch = publisher.batch();
        members.forEach(member -> batch.add(Topics.RESPONSE_ACTIVATED, activationOf(member)));
        batch.awaitConfirmed();
        newResponses.increment(members.size());
    }

    @Override
    public void publishReactivations(List<AppliedReactivation> reactivations) {
        PublicationBatch batch = publisher.batch();
        reactivations.forEach(applied -> batch.add(Topics.RESPONSE_ACTIVATED, reactivationOf(applied)));
        batch.awaitConfirmed();
        reactivated.increment(reactivations.size());
    }

    private static ResponseActivated activationOf(CampaignMember member) {
        return ResponseActivated.newBuilder()
                // Derived from the response: a re-publish after a crash carries the same id.
                .setEventId(EventIds.derived(Topics.RESPONSE_ACTIVATED.name(), member.responseId()))
                .setOccurredAt(member.activatedAt())
                .setCorrelationId(member.response().correlationId())
                .setLeadId(member.response().leadId())
                .setResponseId(member.responseId())
                .setCampaignId(member.response().campaignId())
                .setKind(ActivationKind.NEW_RESPONSE)
                .setLead(EventMapping.toAvro(member.response().lead()))
                // A new active response is what routes a lead (the seed: assignment only happens for one).
                .setTriggerAssignment(true)
                .setTriggerNotification(true)
                .build();
    }

    private static ResponseActivated reactivationOf(AppliedReactivation applied) {
        CampaignMember member = applied.member();
        return ResponseActivated.newBuilder()
                // Derived from the decision: a re-publish carries the same id, a later reactivation a new one.
                .setEventId(EventIds.derived(Topics.RESPONSE_ACTIVATED.name(), applied.decision().eventId()))
                .setOccurredAt(member.activatedAt())
                .setCorrelationId(member.response().correlationId())
                .setLeadId(member.response().leadId())
                .setResponseId(member.responseId())
                .setCampaignId(member.response().campaignId())
                .setKind(ActivationKind.REACTIVATED)
                .setLead(EventMapping.toAvro(applied.lead()))
                .setTriggerAssignment(applied.decision().triggerAssignment())
                .setTriggerNotification(applied.decision().triggerNotification())
                .setReactivationScenario(applied.decision().scenario())
                .setReactivationDecisionId(applied.decision().eventId())
                .build();
    }
}
