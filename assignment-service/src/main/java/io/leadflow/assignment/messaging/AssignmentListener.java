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

/** Hands each consumed event to the assignment workflow; failures go to the platform's error handler. */
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

    @KafkaListener(topics = Topics.Names.LEAD_OWNER_CHANGED)
    void onLeadOwnerChanged(LeadOwnerChanged event) {
        workflow.ownerChanged(EventMapping.ownerChange(event));
    }

    @KafkaListener(topics = Topics.Names.LEAD_STATUS_CHANGED)
    void onLeadStatusChanged(LeadStatusChanged event) {
        workflow.statusChanged(EventMapping.leadId(event), event.getStatus(), event.getOccurredAt());
    }

    @KafkaListener(topics = Topics.Names.OPPORTUNITY_CHANGED)
    void onOpportunityChanged(OpportunityChanged event) {
        workflow.opportunityChanged(EventMapping.opportunityId(event),
                event.getOwner() == null ? null : event.getOwner().getId(), event.getOpen(), event.getOccurredAt());
    }
}
