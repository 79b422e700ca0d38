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
    default void statusChanged(String leadId, boolean open, Instant at) {
        statusesChanged(List.of(new LeadStatus(leadId, open, at)));
    }

    /** Each lead is open or closed since its time, unless the projection knows a later status: one write. */
    void statusesChanged(Collection<LeadStatus> statuses);

    /** Whether a lead is open as of {@code since}. */
    record LeadStatus(String leadId, boolean open, Instant since) {
    }

    /** Open opportunities of each of {@code userIds} (0 for a user who has none). */
    Map<String, Long> openOpportunities(Collection<String> userIds);

    /**
     * The opportunity is owned by {@code ownerId} (null: nobody) and open or not since {@code at}, unless the
     * projection knows a later change of it.
     */
    default void opportunityChanged(String opportunityId, String ownerId, boolean open, Instant at) {
        opportunitiesChanged(List.of(new Opportunity(opportunityId, ownerId, open, at)));
    }

    /** Each opportunity's owner and openness since its time, unless the projection knows later: one write. */
    void opportunitiesChanged(Collection<Opportunity> opportunities);

    /** An opportunity's owner (null: nobody) and whether it is open, as of {@code since}. */
    record Opportunity(String opportunityId, String ownerId, boolean open, Instant since) {
    }
}
