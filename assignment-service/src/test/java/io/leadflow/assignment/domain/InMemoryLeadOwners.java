package io.leadflow.assignment.domain;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link LeadOwners} in memory, for workflow unit tests: the latest owner change of each lead. */
final class InMemoryLeadOwners implements LeadOwners {

    private final Map<String, OwnerChange> latest = new HashMap<>();

    @Override
    public void recordIfNewer(List<OwnerChange> changes) {
        changes.forEach(change -> latest.merge(change.leadId(), change,
                (recorded, candidate) -> candidate.occurredAt().isAfter(recorded.occurredAt()) ? candidate : recorded));
    }

    @Override
    public Map<String, OwnerChange> latest(Collection<String> leadIds) {
        Map<String, OwnerChange> found = new HashMap<>();
        leadIds.stream().filter(latest::containsKey).forEach(leadId -> found.put(leadId, latest.get(leadId)));
        return found;
    }

    @Override
    public Optional<OwnerChange> latest(String leadId) {
        return Optional.ofNullable(latest.get(leadId));
    }
}
