package io.leadflow.assignment.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The lead's agent roles other than its primary agent (assistant, lender, custom roles), as the CRM's owner
 * changes of those roles said (seed 002). leadflow routes only the primary agent, its owner: these are kept so
 * the roles are real, never routed.
 */
public interface LeadRoles {

    /** The role leadflow routes: the lead's owner. */
    String PRIMARY_AGENT = "PRIMARY_AGENT";

    /** A role of a lead changed hands. */
    record RoleChange(String eventId, String leadId, String role, Owner holder, Instant occurredAt) {
    }

    /** Who holds a role, since when. */
    record RoleHolder(Owner holder, Instant since) {
    }

    /** Records each change unless a change of the same role at least as recent is recorded: one write. */
    void recordIfNewer(List<RoleChange> changes);

    /** The lead's other roles, by role name. */
    Map<String, RoleHolder> rolesOf(String leadId);

    /** {@link #rolesOf} for several leads, by lead id, in one read. */
    Map<String, Map<String, RoleHolder>> rolesOf(Collection<String> leadIds);
}
