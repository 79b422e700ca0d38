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
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
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
    private final IncomingBatch incoming;

    InboundEventListener(ResponseManagement responses, ReactivationManagement reactivations, IncomingBatch incoming) {
        this.responses = responses;
        this.reactivations = reactivations;
        this.incoming = incoming;
    }

    /**
     * New responses and reactivation decisions both open funnels, so one consumer takes both topics and handles
     * them one run after another: the topics have the same partition count and the key is the lead id, so a lead's
     * records sit in the same partition number of each, and the range assignor gives the same partition numbers of
     * both topics to the same consumer. Two openings of one lead are thus never decided at the same time.
     */
    @KafkaListener(batch = "true",
            topics = {Topics.Names.RESPONSE_CREATED, Topics.Names.RESPONSE_REACTIVATION_DECIDED},
            properties = "partition.assignment.strategy=org.apache.kafka.clients.consumer.RangeAssignor")
    void onFunnelOpenings(List<ConsumerRecord<String, SpecificRecord>> records) {
        IncomingBatch.inTopicRuns(records, Map.of(
                Topics.Names.RESPONSE_CREATED, responses -> incoming.handle(responses,
                        value -> EventMapping.toResponse((ResponseCreated) value), this.responses::receive),
                Topics.Names.RESPONSE_REACTIVATION_DECIDED, decisions -> incoming.handle(decisions,
                        value -> EventMapping.toReactivationDecision((ResponseReactivationDecided) value),
                        reactivations::apply)));
    }

    @KafkaListener(topics = Topics.Names.LEAD_STATUS_CHANGED, batch = "true")
    void onLeadStatusesChanged(List<ConsumerRecord<String, LeadStatusChanged>> records) {
        incoming.handle(records, EventMapping::toStatusChange, responses::changeLeadStatuses);
    }

    @KafkaListener(topics = Topics.Names.LEAD_ASSIGNED, batch = "true")
    void onLeadsAssigned(List<ConsumerRecord<String, LeadAssigned>> records) {
        incoming.handleRejecting(records, EventMapping::toAssignment, assignments ->
                responses.recordAssignments(assignments).stream()
                        .map(rejected -> new Rejection<>(rejected.event(), rejected.reason()))
                        .toList());
    }
}
