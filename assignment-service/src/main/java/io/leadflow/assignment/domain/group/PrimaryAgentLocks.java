package io.leadflow.assignment.domain.group;

import io.leadflow.assignment.domain.Assignment;
import io.leadflow.assignment.domain.Assignments;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The "Re-Assign in progress" locks as the rest of assignment-service sees them: a lock counts while the round
 * holding it is still offered. A lock left behind (its round completed but its release was lost to a crash, or
 * its round was never stored) is released when found, so it never blocks a lead for good.
 */
public class PrimaryAgentLocks {

    /** How old a lock whose round was never stored must be before it is taken to be left over by a crash. */
    static final Duration ORPHANED_LOCK_GRACE = Duration.ofSeconds(30);

    private final LeadLocks locks;
    private final Assignments assignments;
    private final Clock clock;

    public PrimaryAgentLocks(LeadLocks locks, Assignments assignments, Clock clock) {
        this.locks = locks;
        this.assignments = assignments;
        this.clock = clock;
    }

    /** The locks in force on these leads, by lead id: one read of the locks (which hold only what is locked). */
    public Map<String, LeadLocks.Lock> heldOn(Collection<String> leadIds) {
        Map<String, LeadLocks.Lock> held = locks.held(leadIds);
        if (held.isEmpty()) {
            return held;
        }
        Map<String, Assignment> rounds = assignments.findAll(held.values().stream().map(LeadLocks.Lock::assignmentId)
                .toList());
        Map<String, LeadLocks.Lock> inForce = new HashMap<>();
        held.forEach((leadId, lock) -> {
            if (inForce(lock, rounds.get(lock.assignmentId()))) {
                inForce.put(leadId, lock);
            } else {
                locks.release(leadId, lock.assignmentId());
            }
        });
        return inForce;
    }

    /** Takes the lead's lock for {@code lock}'s round; the lock in force when another round holds it. */
    public Optional<LeadLocks.Lock> acquire(LeadLocks.Lock lock) {
        Optional<LeadLocks.Lock> held = locks.acquire(lock);
        if (held.isPresent() && !inForce(held.get(), assignments.find(held.get().assignmentId()).orElse(null))) {
            locks.release(held.get().leadId(), held.get().assignmentId());
            return locks.acquire(lock);
        }
        return held;
    }

    public void release(String leadId, String assignmentId) {
        locks.release(leadId, assignmentId);
    }

    private boolean inForce(LeadLocks.Lock lock, Assignment round) {
        if (round == null) {
            Instant now = clock.instant();
            return !lock.since().isBefore(now.minus(ORPHANED_LOCK_GRACE));
        }
        return round.isOffered();
    }
}
