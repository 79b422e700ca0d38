package io.leadflow.assignment.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import io.leadflow.assignment.domain.LeadRoles;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/**
 * The lead-roles projection in MongoDB: one document per lead. A batch reads the leads' documents in one query and
 * replaces the changed ones in one bulk write; a lead's changes are all on one partition, handled in order by one
 * thread, so nothing comes between the read and the replacement.
 */
@Repository
class MongoLeadRoles implements LeadRoles {

    private final MongoTemplate mongo;

    MongoLeadRoles(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void recordIfNewer(List<RoleChange> changes) {
        Map<String, Map<String, LeadRolesDocument.StoredHolder>> byLead = new HashMap<>();
        mongo.find(query(where(LeadRolesDocument.ID).in(changes.stream().map(RoleChange::leadId).toList())),
                LeadRolesDocument.class).forEach(stored -> byLead.put(stored.leadId(), new LinkedHashMap<>(stored.roles())));
        Map<String, Map<String, LeadRolesDocument.StoredHolder>> changed = new LinkedHashMap<>();
        for (RoleChange change : changes) {
            Map<String, LeadRolesDocument.StoredHolder> roles = byLead.computeIfAbsent(change.leadId(),
                    lead -> new LinkedHashMap<>());
            LeadRolesDocument.StoredHolder recorded = roles.get(change.role());
            if (recorded == null || recorded.since().isBefore(change.occurredAt())) {
                roles.put(change.role(), new LeadRolesDocument.StoredHolder(StoredOwner.of(change.holder()),
                        change.occurredAt(), change.eventId()));
                changed.put(change.leadId(), roles);
            }
        }
        if (changed.isEmpty()) {
            return;
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, LeadRolesDocument.class);
        changed.forEach((leadId, roles) -> bulk.replaceOne(query(where(LeadRolesDocument.ID).is(leadId)),
                new LeadRolesDocument(leadId, roles), FindAndReplaceOptions.options().upsert()));
        bulk.execute();
    }

    @Override
    public Map<String, RoleHolder> rolesOf(String leadId) {
        return rolesOf(List.of(leadId)).getOrDefault(leadId, Map.of());
    }

    @Override
    public Map<String, Map<String, RoleHolder>> rolesOf(Collection<String> leadIds) {
        Map<String, Map<String, RoleHolder>> roles = new HashMap<>();
        mongo.find(query(where(LeadRolesDocument.ID).in(leadIds)), LeadRolesDocument.class).forEach(stored -> {
            Map<String, RoleHolder> holders = new LinkedHashMap<>();
            stored.roles().forEach((role, holder) -> holders.put(role,
                    new RoleHolder(StoredOwner.toOwner(holder.holder()), holder.since())));
            roles.put(stored.leadId(), holders);
        });
        return roles;
    }
}
