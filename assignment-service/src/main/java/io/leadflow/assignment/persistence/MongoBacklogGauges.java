package io.leadflow.assignment.persistence;

import static org.springframework.data.mongodb.core.query.Query.query;

import io.leadflow.assignment.config.AssignmentProperties;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * What is waiting, as gauges on {@code /actuator/prometheus}, read from the store when scraped, never per event.
 * Every instance shows the same store's figures (a dashboard takes their maximum, not their sum).
 *
 * <ul>
 * <li>{@value #OPEN_ENGINE_WAITS_METRIC}: leads parked for the external engine; the size of {@code engine_waits},
 * which holds only open waits, from its metadata ({@code estimatedDocumentCount}): a scrape reads no document.</li>
 * <li>{@value #HOPPER_SIZE_METRIC}: hopper leads nobody claimed yet (what {@code GET /hopper} lists), counted over
 * the hopper index. The count is kept for {@code leadflow.assignment.hopper-size-max-age}, so however often
 * Prometheus scrapes, the store counts at most once per that period; the embedded store, which uses no index but
 * {@code _id}, reads the assignments to count.</li>
 * </ul>
 */
@Component
class MongoBacklogGauges {

    static final String OPEN_ENGINE_WAITS_METRIC = "leadflow.engine_waits.open";
    static final String HOPPER_SIZE_METRIC = "leadflow.hopper.size";

    private final MongoTemplate mongo;
    private final long hopperSizeMaxAgeNanos;
    private long hopperSize;
    private long hopperCountedAt;
    private boolean hopperCounted;

    MongoBacklogGauges(MongoTemplate mongo, AssignmentProperties properties, MeterRegistry meters) {
        this.mongo = mongo;
        this.hopperSizeMaxAgeNanos = properties.hopperSizeMaxAge().toNanos();
        Gauge.builder(OPEN_ENGINE_WAITS_METRIC, mongo, template -> template.getCollection(
                        template.getCollectionName(EngineWaitDocument.class)).estimatedDocumentCount())
                .description("Leads parked for the external engine, waiting for it to move them (every instance)")
                .register(meters);
        Gauge.builder(HOPPER_SIZE_METRIC, this, MongoBacklogGauges::hopperSize)
                .description("Leads in the hopper that nobody claimed yet (every instance; counted at most once per "
                        + "leadflow.assignment.hopper-size-max-age)")
                .register(meters);
    }

    /** The hopper's size, counted again when the last count is older than the maximum age. */
    synchronized long hopperSize() {
        long now = System.nanoTime();
        if (!hopperCounted || now - hopperCountedAt >= hopperSizeMaxAgeNanos) {
            hopperSize = mongo.count(query(MongoAssignments.claimable()), AssignmentDocument.class);
            hopperCountedAt = now;
            hopperCounted = true;
        }
        return hopperSize;
    }
}
