package io.leadflow.assignment.persistence;

import java.time.Instant;
import org.bson.Document;
import org.springframework.data.annotation.Id;

/**
 * A reassignment group, by name, kept in the shape the REST API shows it, with its version (a change replaces
 * exactly the version it read) and who changed it last.
 */
@org.springframework.data.mongodb.core.mapping.Document("reassignment_groups")
record GroupDocument(@Id String name, long version, String changedBy, Instant changedAt, Document group) {

    static final String ID = "_id";
    static final String VERSION = "version";
}
