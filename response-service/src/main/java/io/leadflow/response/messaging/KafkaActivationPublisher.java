package io.leadflow.response.messaging;

import io.leadflow.events.ActivationKind;
import io.leadflow.events.ResponseActivated;
import io.leadflow.platform.events.EventIds;
import io.leadflow.platform.kafka.EventPublisher;
import io.leadflow.response.domain.ActivationPublisher;
import io.leadflow.response.domain.CampaignMember;
import io.leadflow.schemas.Topics;
import org.springframework.stereotype.Component;

/** Publishes activations to {@code response.activated}. */
@Component
class KafkaActivationPublisher implements ActivationPublisher {

    private final EventPublisher publisher;

    KafkaActivationPublisher(EventPublisher publisher) {
        this.publisher = publisher;
    }

    @Override
    public void publishNewResponse(CampaignMember member) {
        publisher.publish(Topics.RESPONSE_ACTIVATED, ResponseActivated.newBuilder()
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
                .build());
    }
}
