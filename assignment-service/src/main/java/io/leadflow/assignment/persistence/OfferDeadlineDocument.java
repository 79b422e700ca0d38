package io.leadflow.assignment.persistence;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The deadline of an offered assignment's open offers, one per offered assignment (by assignment id), removed
 * when the assignment stops being offered. The timer looks for due deadlines here, so its cost is what is
 * pending, not every offer ever made. The assignment decides: a deadline whose attempt is no longer the
 * assignment's (its handler died between the two writes) is corrected when read.
 */
@Document("offer_deadlines")
@CompoundIndex(name = "by_due", def = "{'dueAt': 1}")
record OfferDeadlineDocument(@Id String assignmentId, int attempt, Instant dueAt) {

    static final String ID = "_id";
    static final String ATTEMPT = "attempt";
    static final String DUE_AT = "dueAt";
}
