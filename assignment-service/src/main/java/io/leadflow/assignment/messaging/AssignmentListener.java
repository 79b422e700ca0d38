package io.leadflow.assignment.messaging;

import io.leadflow.assignment.domain.AssignmentWorkflow;
import io.leadflow.events.LeadOwnerChanged;
import io.leadflow.events.LeadStatusChanged;
import io.leadflow.events.OpportunityChanged;
import io.leadflow.events.ResponseActivated;
import io.leadflow.platform.kafka.IncomingBatch;
import io.leadflow.schemas.Topics;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Hands each poll's events to the assignment workflow as one batch; a record that cannot be decoded or mapped
 * goes to its dead-letter topic (see {@link IncomingBatch}), other failures to the platform's error handler.
 */
@Component
class AssignmentListener {

    private final AssignmentWorkflow workflow;

    AssignmentListener(AssignmentWorkflow workflow) {
        this.workflow = workflow;
    }

    @KafkaListener(topics = Topics.Names.RESPONSE_ACTIVATED, concurrency = "${leadflow.assignment.routing-consumers}",
            batch = "true")
    void onResponseActivated(List<ConsumerRecord<String, ResponseActivated>> records) {
        IncomingBatch.handle(records, EventMapping::activation, workflow::activateAll);
    }

    @KafkaListener(topics = Topics.Names.LEAD_OWNER_CHANGED, batch = "true")
    void onLeadOwnerChanged(List<ConsumerRecord<String, LeadOwnerChanged>> records) {
        IncomingBatch.handle(records, EventMapping::ownerChange, workflow::ownersChanged);
    }

    @KafkaListener(topics = Topics.Names.LEAD_STATUS_CHANGED, batch = "true")
    void onLeadStatusChanged(List<ConsumerRecord<String, LeadStatusChanged>> records) {
        IncomingBatch.handle(records, EventMapping::statusChange, workflow::statusesChanged);
    }

    @KafkaListener(topics = Topics.Names.OPPORTUNITY_CHANGED, batch = "true")
    void onOpportunityChanged(List<ConsumerRecord<String, OpportunityChanged>> records) {
        IncomingBatch.handle(records, EventMapping::opportunity, workflow::opportunitiesChanged);
    }
}
