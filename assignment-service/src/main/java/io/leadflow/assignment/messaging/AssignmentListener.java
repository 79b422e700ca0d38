package io.leadflow.assignment.messaging;

import io.leadflow.assignment.domain.LeadRoles;
import io.leadflow.assignment.domain.OwnerChange;
import io.leadflow.assignment.domain.engine.EngineWait;
import io.leadflow.assignment.domain.load.LoadProjection;
import io.leadflow.assignment.domain.routing.ActivationRouting;
import io.leadflow.assignment.domain.offer.Offers;
import io.leadflow.assignment.metrics.AcknowledgementLog;
import io.leadflow.events.LeadAcknowledged;
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
 * Hands each poll's events as one batch to the feature that handles them: activations to routing, owner changes
 * to the load projection and the engine wait, status and opportunity changes to the load projection,
 * acknowledgements to the offers; a record that cannot be decoded or mapped goes to its dead-letter topic (see {@link IncomingBatch}), other failures to the platform's error handler.
 */
@Component
class AssignmentListener {

    private final ActivationRouting routing;
    private final EngineWait engineWait;
    private final LoadProjection loads;
    private final LeadRoles leadRoles;
    private final Offers offers;
    private final AcknowledgementLog acknowledgementLog;
    private final IncomingBatch incoming;

    AssignmentListener(ActivationRouting routing, EngineWait engineWait, LoadProjection loads, LeadRoles leadRoles,
            Offers offers, AcknowledgementLog acknowledgementLog, IncomingBatch incoming) {
        this.routing = routing;
        this.engineWait = engineWait;
        this.loads = loads;
        this.leadRoles = leadRoles;
        this.offers = offers;
        this.acknowledgementLog = acknowledgementLog;
        this.incoming = incoming;
    }

    @KafkaListener(topics = Topics.Names.RESPONSE_ACTIVATED, concurrency = "${leadflow.assignment.routing-consumers}",
            batch = "true")
    void onResponseActivated(List<ConsumerRecord<String, ResponseActivated>> records) {
        incoming.handle(records, EventMapping::activation, routing::activateAll);
    }

    /** Only the primary agent's changes are owner changes; other roles' are kept as the lead's roles. */
    @KafkaListener(topics = Topics.Names.LEAD_OWNER_CHANGED, batch = "true")
    void onLeadOwnerChanged(List<ConsumerRecord<String, LeadOwnerChanged>> records) {
        incoming.handle(records, EventMapping::agentChange, changes -> {
            List<OwnerChange> owners = changes.stream().filter(EventMapping.AgentChange::isPrimaryAgent)
                    .map(EventMapping.AgentChange::change).toList();
            List<LeadRoles.RoleChange> roles = changes.stream().filter(change -> !change.isPrimaryAgent())
                    .map(EventMapping.AgentChange::roleChange).toList();
            if (!owners.isEmpty()) {
                loads.ownersChanged(owners);
                engineWait.ownersChanged(owners);
            }
            if (!roles.isEmpty()) {
                leadRoles.recordIfNewer(roles);
            }
        });
    }

    @KafkaListener(topics = Topics.Names.LEAD_STATUS_CHANGED, batch = "true")
    void onLeadStatusChanged(List<ConsumerRecord<String, LeadStatusChanged>> records) {
        incoming.handle(records, EventMapping::statusChange, loads::statusesChanged);
    }

    @KafkaListener(topics = Topics.Names.LEAD_ACKNOWLEDGED, batch = "true")
    void onLeadAcknowledged(List<ConsumerRecord<String, LeadAcknowledged>> records) {
        incoming.handle(records, EventMapping::acknowledgement,
                acknowledgements -> acknowledgementLog.record(offers.acknowledgeAll(acknowledgements),
                        AcknowledgementLog.Source.EVENT));
    }

    @KafkaListener(topics = Topics.Names.OPPORTUNITY_CHANGED, batch = "true")
    void onOpportunityChanged(List<ConsumerRecord<String, OpportunityChanged>> records) {
        incoming.handle(records, EventMapping::opportunity, loads::opportunitiesChanged);
    }
}
