package io.leadflow.assignment.persistence;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/** An opportunity's owner and whether it is open, as of the latest {@code opportunity.changed} of it. */
@Document("opportunity_loads")
@CompoundIndex(name = "open_opportunities_by_owner", def = "{'ownerId': 1, 'open': 1}")
record OpportunityLoadDocument(@Id String opportunityId, String ownerId, boolean open, Instant since) {

    static final String ID = "_id";
    static final String OWNER_ID = "ownerId";
    static final String OPEN = "open";
    static final String SINCE = "since";
}
