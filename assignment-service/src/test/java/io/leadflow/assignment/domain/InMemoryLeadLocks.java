package io.leadflow.assignment.domain;

import io.leadflow.assignment.domain.group.LeadLocks;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** {@link LeadLocks} with the store's semantics (one lock per lead, taken by whoever inserts first), in memory. */
public final class InMemoryLeadLocks implements LeadLocks {

    private final Map<String, Lock> locks = new HashMap<>();

    @Override
    public synchronized Optional<Lock> acquire(Lock lock) {
        Lock held = locks.putIfAbsent(lock.leadId(), lock);
        return held == null || held.assignmentId().equals(lock.assignmentId()) ? Optional.empty() : Optional.of(held);
    }

    @Override
    public synchronized void release(String leadId, String assignmentId) {
        locks.computeIfPresent(leadId, (lead, held) -> held.assignmentId().equals(assignmentId) ? null : held);
    }

    @Override
    public synchronized Map<String, Lock> held(Collection<String> leadIds) {
        Map<String, Lock> held = new HashMap<>();
        leadIds.stream().filter(locks::containsKey).forEach(leadId -> held.put(leadId, locks.get(leadId)));
        return held;
    }
}
