package io.leadflow.response.messaging;

import io.leadflow.events.ResponseClosed;
import io.leadflow.platform.events.EventIds;
import io.leadflow.platform.kafka.EventPublisher;
import io.leadflow.platform.kafka.PublicationBatch;
import io.leadflow.response.domain.CampaignMember;
import io.leadflow.response.domain.ClosurePublisher;
import io.leadflow.response.domain.FunnelClosure;
import io.leadflow.schemas.Topics;
import java.util.List;
import org.springframework.stereotype.Component;

/** Publishes closings to {@code response.closed}, a batch at a time. */
@Component
class KafkaClosurePublisher implements ClosurePublisher {

    private final EventPublisher publisher;

    KafkaClosurePublisher(EventPublisher publisher) {
        this.publisher = publisher;
    }

    @Override
    public void publishClosures(List<CampaignMember> closed) {
        PublicationBatch batch = publisher.batch();
        closed.forEach(member -> batch.add(Topics.RESPONSE_CLOSED, closingOf(member)));
        batch.awaitConfirmed();
    }

    private static ResponseClosed closingOf(CampaignMember member) {
        FunnelClosure closure = member.closure();
        return ResponseClosed.newBuilder()
                // Derived from the response and the status change: a response can be reactivated and closed
                // again, by another change, while a re-publish of the same closing carries the same id.
                .setEventId(EventIds.derived(Topics.RESPONSE_CLOSED.name(), member.responseId(), closure.eventId()))
                .setOccurredAt(closure.closedAt())
                .setCorrelationId(member.response().correlationId())
                .setLeadId(member.response().leadId())
                .setResponseId(member.responseId())
                .setCampaignId(member.response().campaignId())
                .setReason(closure.reason())
                .build();
    }
}
