package io.leadflow.response.messaging;

import io.leadflow.events.LeadAssigned;
import io.leadflow.events.LeadStatusChanged;
import io.leadflow.events.ResponseCreated;
import io.leadflow.response.domain.ResponseManagement;
import io.leadflow.schemas.Topics;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** The topics this service consumes, one method per event type: map, delegate, done. */
@Component
class InboundEventListener {

    private final ResponseManagement responses;

    InboundEventListener(ResponseManagement responses) {
        this.responses = responses;
    }

    @KafkaListener(topics = Topics.Names.RESPONSE_CREATED)
    void onResponseCreated(ResponseCreated event) {
        responses.receive(EventMapping.toResponse(event));
    }

    @KafkaListener(topics = Topics.Names.LEAD_STATUS_CHANGED)
    void onLeadStatusChanged(LeadStatusChanged event) {
        responses.changeLeadStatus(EventMapping.toStatusChange(event));
    }

    @KafkaListener(topics = Topics.Names.LEAD_ASSIGNED)
    void onLeadAssigned(LeadAssigned event) {
        responses.recordAssignment(EventMapping.toAssignment(event));
    }
}
