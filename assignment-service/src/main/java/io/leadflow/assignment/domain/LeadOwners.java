package io.leadflow.assignment.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Projection of each lead's latest owner, built from {@code lead.owner.changed}. */
public interface LeadOwners {

    /** Records the change unless a change at least as recent is already recorded for the lead. */
    default void recordIfNewer(OwnerChange change) {
        recordIfNewer(List.of(change));
    }

    /** Records each change unless one at least as recent is recorded for its lead (or earlier in the list). */
    void recordIfNewer(List<OwnerChange> changes);

    Optional<OwnerChange> latest(String leadId);

    /** The latest change of each of these leads that has one, by lead id, in one read. */
    Map<String, OwnerChange> latest(Collection<String> leadIds);
}
