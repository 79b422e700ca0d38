package io.leadflow.assignment.persistence;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An assignment whose transition was not triggered by a Kafka record (a timeout, a claim) or that completed
 * a wait: nothing would redeliver it if its handler died before publishing. Keyed by assignment id. Written
 * before the transition, removed by the sweeper once the assignment's events are out, so the sweeper reads only
 * what is in flight.
 */
@Document("assignment_outbox")
@CompoundIndex(name = "by_since", def = "{'since': 1}")
record OutboxEntryDocument(@Id String assignmentId, Instant since) {

    static final String ID = "_id";
    static final String SINCE = "since";
}
