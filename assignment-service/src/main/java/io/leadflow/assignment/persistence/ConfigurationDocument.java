package io.leadflow.assignment.persistence;

import java.time.Instant;
import org.bson.Document;
import org.springframework.data.annotation.Id;

/**
 * One version of the routing configuration; the version number is the id, so two changes saved at once
 * cannot both become the same version. The configuration is kept in the shape the REST API shows it.
 */
@org.springframework.data.mongodb.core.mapping.Document("routing_configurations")
record ConfigurationDocument(@Id long version, String author, Instant changedAt, String comment,
        Document configuration) {

    static final String ID = "_id";
}
