package io.leadflow.assignment.domain.routing;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Open leads and open opportunities per owner, projected from lead events (owner changes, status changes),
 * from leadflow's own assignments and from opportunity events; what load-balanced distribution counts.
 */
public interface LeadLoads {

    /** Open leads of each of {@code userIds} (0 for a user who has none). */
    Map<String, Long> openLeads(Collection<String> userIds);

    /**
     * When the projection last learned each lead's owner (leads it knows nothing about are absent). A recent
     * pick the projection learned nothing about since is not counted in {@link #openLeads} yet.
     */
    Map<String, Instant> ownerKnownSince(Collection<String> leadIds);

    /** The lead is owned by {@code ownerId} since {@code at}, unless the projection knows a later owner. */
    default void ownerChanged(String leadId, String ownerId, Instant at) {
        ownersChanged(List.of(new OwnedLead(leadId, ownerId, at)));
    }

    /** Each lead is owned by its owner since its time, unless the projection knows a later owner: one write. */
    void ownersChanged(Collection<OwnedLead> owners);

    /** A lead's owner as of {@code since}. */
    record OwnedLead(String leadId, String ownerId, Instant since) {
    }

    /** The lead is open (or closed) since {@code at}, unless the projection knows a later status. */
    void statusChanged(String leadId, boolean open, Instant at);

    /** Open opportunities of each of {@code userIds} (0 for a user who has none). */
    Map<String, Long> openOpportunities(Collection<String> userIds);

    /**
     * The opportunity is owned by {@code ownerId} (null: nobody) and open or not since {@code at}, unless the
     * projection knows a later change of it.
     */
    void opportunityChanged(String opportunityId, String ownerId, boolean open, Instant at);
}
