package io.leadflow.response.messaging;

import io.leadflow.events.LeadAssigned;
import io.leadflow.events.LeadStatusChanged;
import io.leadflow.events.ResponseCreated;
import io.leadflow.events.ResponseReactivationDecided;
import io.leadflow.platform.kafka.IncomingBatch;
import io.leadflow.platform.kafka.IncomingBatch.Rejection;
import io.leadflow.response.domain.ReactivationManagement;
import io.leadflow.response.domain.ResponseManagement;
import io.leadflow.schemas.Topics;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * The topics this service consumes, one method per event type, each taking what one poll returned: map at the
 * edge, delegate the batch, done. An undecodable or invalid record, or an assignment the domain rejects, is
 * dead-lettered with its reason and every other record is handled (see {@link IncomingBatch}).
 */
@Component
class InboundEventListener {

    private final ResponseManagement responses;
    private final ReactivationManagement reactivations;

    InboundEventListener(ResponseManagement responses, ReactivationManagement reactivations) {
        this.responses = responses;
        this.reactivations = reactivations;
    }

    @KafkaListener(topics = Topics.Names.RESPONSE_CREATED, batch = "true")
    void onResponsesCreated(List<ConsumerRecord<String, ResponseCreated>> records) {
        IncomingBatch.handle(records, EventMapping::toResponse, responses::receive);
    }

    @KafkaListener(topics = Topics.Names.LEAD_STATUS_CHANGED, batch = "true")
    void onLeadStatusesChanged(List<ConsumerRecord<String, LeadStatusChanged>> records) {
        IncomingBatch.handle(records, EventMapping::toStatusChange, responses::changeLeadStatuses);
    }

    @KafkaListener(topics = Topics.Names.LEAD_ASSIGNED, batch = "true")
    void onLeadsAssigned(List<ConsumerRecord<String, LeadAssigned>> records) {
        IncomingBatch.handleRejecting(records, EventMapping::toAssignment, assignments ->
                responses.recordAssignments(assignments).stream()
                        .map(rejected -> new Rejection<>(rejected.event(), rejected.reason()))
                        .toList());
    }

    @KafkaListener(topics = Topics.Names.RESPONSE_REACTIVATION_DECIDED, batch = "true")
    void onReactivationsDecided(List<ConsumerRecord<String, ResponseReactivationDecided>> records) {
        IncomingBatch.handle(records, EventMapping::toReactivationDecision, reactivations::apply);
    }
}
