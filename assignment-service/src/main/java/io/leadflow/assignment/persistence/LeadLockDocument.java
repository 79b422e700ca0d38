package io.leadflow.assignment.persistence;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A lead's primary agent locked by a reassignment group distribution; the lead id is the id, so one per lead. */
@Document("lead_locks")
record LeadLockDocument(@Id String leadId, String assignmentId, String group, String lockedBy, Instant since) {

    static final String ID = "_id";
    static final String ASSIGNMENT_ID = "assignmentId";
}
