package io.leadflow.assignment.persistence;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A wait for the external engine that is still open, one per parked assignment (by assignment id), removed when
 * the wait completes. The timer and owner changes look for waits here, so they cost what is pending, not every
 * assignment ever made; removing the document is what decides which of an owner change and a timeout
 * completes the wait. A wait without timeout has no {@code dueAt}, so the timer's query never finds it;
 * {@code parkedAt} (the activation, when the wait began) orders the open waits operators list, and is absent from
 * waits stored before it was recorded.
 */
@Document("engine_waits")
@CompoundIndex(name = "by_lead", def = "{'leadId': 1}")
@CompoundIndex(name = "by_due", def = "{'dueAt': 1}")
@CompoundIndex(name = "by_parked", def = "{'parkedAt': 1}")
record EngineWaitDocument(@Id String assignmentId, String leadId, Instant dueAt, Instant parkedAt) {

    static final String ID = "_id";
    static final String LEAD_ID = "leadId";
    static final String DUE_AT = "dueAt";
    static final String PARKED_AT = "parkedAt";
}
