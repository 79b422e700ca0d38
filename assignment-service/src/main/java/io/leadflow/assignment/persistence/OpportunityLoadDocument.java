package io.leadflow.assignment.persistence;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An opportunity's owner and whether it is open, as of the latest {@code opportunity.changed} of it; the time
 * is the fact's first field so that a {@code $max} keeps the later fact (see {@link LeadLoadDocument}).
 */
@Document("opportunity_load_facts")
@CompoundIndex(name = "open_opportunities_by_owner", def = "{'fact.ownerId': 1, 'fact.open': 1}")
record OpportunityLoadDocument(@Id String opportunityId, Fact fact) {

    static final String FACT = "fact";
    static final String OWNER_ID = "fact.ownerId";
    static final String OPEN = "fact.open";

    record Fact(Instant since, String ownerId, boolean open) {
    }
}
