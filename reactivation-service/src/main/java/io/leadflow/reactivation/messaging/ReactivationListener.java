package io.leadflow.reactivation.messaging;

import io.leadflow.platform.kafka.IncomingBatch;
import io.leadflow.platform.kafka.IncomingBatch.Rejection;
import io.leadflow.reactivation.domain.Reactivations;
import io.leadflow.schemas.Topics;
import java.util.List;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Every topic this service learns from, in one listener: a lead's projection is changed by all of them, so one
 * consumer must see all events of a lead. The topics have the same partition count and the key is the lead id,
 * so a lead's events sit in the same partition number of each topic; the range assignor hands the same
 * partition numbers of all topics to the same consumer.
 */
@Component
class ReactivationListener {

    private final Reactivations reactivations;
    private final IncomingBatch incoming;

    ReactivationListener(Reactivations reactivations, IncomingBatch incoming) {
        this.reactivations = reactivations;
        this.incoming = incoming;
    }

    @KafkaListener(batch = "true", topics = {Topics.Names.RESPONSE_CREATED, Topics.Names.RESPONSE_ACTIVATED,
            Topics.Names.RESPONSE_CLOSED, Topics.Names.LEAD_SCORE_CHANGED, Topics.Names.LEAD_STATUS_CHANGED,
            Topics.Names.LEAD_OWNER_CHANGED, Topics.Names.REACTIVATION_REQUESTED},
            properties = "partition.assignment.strategy=org.apache.kafka.clients.consumer.RangeAssignor")
    void onEvents(List<ConsumerRecord<String, SpecificRecord>> records) {
        incoming.handleRejecting(records, EventMapping::toEvent, events ->
                reactivations.receive(events).stream()
                        .map(rejected -> new Rejection<>(rejected.event(), rejected.reason()))
                        .toList());
    }
}
