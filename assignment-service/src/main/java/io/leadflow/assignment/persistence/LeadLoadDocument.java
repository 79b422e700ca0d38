package io.leadflow.assignment.persistence;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A lead's owner and whether it is open, each as of the latest event that said so. Facts arrive in any order
 * (the owner from leadflow's own assignment or the CRM, the status from the CRM), so each keeps its own time,
 * as the first field of its sub-document: a {@code $max} on the sub-document then keeps the later fact in one
 * update filtered by {@code _id} alone.
 */
@Document("lead_load_facts")
@CompoundIndex(name = "open_leads_by_owner", def = "{'owner.id': 1, 'status.open': 1}")
record LeadLoadDocument(@Id String leadId, OwnerFact owner, StatusFact status) {

    static final String ID = "_id";
    static final String OWNER = "owner";
    static final String OWNER_ID = "owner.id";
    static final String STATUS = "status";
    static final String OPEN = "status.open";

    /** @param since {@link Instant#EPOCH} while no owner is known */
    record OwnerFact(Instant since, String id) {
    }

    /** @param since {@link Instant#EPOCH} while no status is known (a lead counts as open until one says not) */
    record StatusFact(Instant since, boolean open) {
    }
}
