package io.leadflow.assignment.persistence;

import java.time.Instant;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A lead's agent roles other than its primary agent, by role name. */
@Document("lead_roles")
record LeadRolesDocument(@Id String leadId, Map<String, StoredHolder> roles) {

    static final String ID = "_id";

    /** Who holds a role since when, and the change that said so. */
    record StoredHolder(StoredOwner holder, Instant since, String eventId) {
    }
}
