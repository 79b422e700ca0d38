package io.leadflow.assignment.persistence;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A lead's owner and whether it is open, each as of the latest event that said so. Facts arrive in any order
 * (the owner from leadflow's own assignment or the CRM, the status from the CRM), so each keeps its own time.
 *
 * @param ownerSince {@link Instant#EPOCH} while no owner is known
 * @param statusSince {@link Instant#EPOCH} while no status is known (a lead counts as open until one says not)
 */
@Document("lead_loads")
@CompoundIndex(name = "open_leads_by_owner", def = "{'ownerId': 1, 'open': 1}")
record LeadLoadDocument(@Id String leadId, String ownerId, Instant ownerSince, boolean open, Instant statusSince) {

    static final String ID = "_id";
    static final String OWNER_ID = "ownerId";
    static final String OWNER_SINCE = "ownerSince";
    static final String OPEN = "open";
    static final String STATUS_SINCE = "statusSince";
}
