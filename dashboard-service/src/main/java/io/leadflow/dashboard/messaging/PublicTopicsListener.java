package io.leadflow.dashboard.messaging;

import io.leadflow.dashboard.domain.AssignmentFeed;
import io.leadflow.dashboard.domain.Dashboard;
import io.leadflow.platform.kafka.IncomingBatch;
import java.util.List;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Thin: every lead-keyed topic of the catalog, one poll at a time, into the read model; the batch's new
 * assignments go to the live pages.
 */
@Component
class PublicTopicsListener extends StartOfDaySeek {

    private final Dashboard dashboard;
    private final AssignmentFeed feed;
    private final IncomingBatch incoming;

    PublicTopicsListener(Dashboard dashboard, AssignmentFeed feed, IncomingBatch incoming) {
        super(dashboard);
        this.dashboard = dashboard;
        this.feed = feed;
        this.incoming = incoming;
    }

    @KafkaListener(id = "dashboard-public-topics", topics = "#{@dashboardTopics.publicTopics()}", batch = "true")
    void on(List<ConsumerRecord<String, SpecificRecord>> records) {
        incoming.handle(records, EventMapping::toDomain, batch -> feed.publish(dashboard.apply(batch)));
    }
}
